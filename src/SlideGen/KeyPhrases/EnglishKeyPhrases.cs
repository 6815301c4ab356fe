using System.Text.RegularExpressions;

namespace SlideGen.KeyPhrases;

/// <summary>
/// Short bullets for an English point, taken from its own sentences: the most informative sentences
/// (content words the section repeats, words of the heading, cue phrases such as "we propose" or "must",
/// position) are cut down to the clause that carries the point, at a clause boundary, never mid-phrase.
/// </summary>
public static partial class EnglishKeyPhrases
{
    /// <summary>A bullet longer than this is no longer read at a glance.</summary>
    public const int MaxWords = 12;

    private const int MinWords = 3;

    public static IReadOnlyList<string> Extract(string heading, string body, int max = KeyPhraseExtractor.MaxBullets)
    {
        if (string.IsNullOrWhiteSpace(body) || max <= 0) return [];
        var sentences = SplitSentences(body);
        if (sentences.Count == 0) return [];

        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in sentences.SelectMany(ContentWords))
            frequency[word] = frequency.GetValueOrDefault(word) + 1;
        var headingWords = ContentWords(heading).ToHashSet(StringComparer.Ordinal);

        var candidates = new List<(int Index, double Score, string Phrase)>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var phrase = Trim(sentences[i]);
            if (phrase is null || SameWords(phrase, heading)) continue;
            candidates.Add((i, Score(sentences[i], i, sentences.Count, frequency, headingWords), phrase));
        }

        var wanted = Math.Min(max, Math.Max(2, (int)Math.Ceiling(sentences.Count * 0.6)));
        var chosen = new List<(int Index, string Phrase)>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Index))
        {
            if (chosen.Count >= wanted) break;
            if (chosen.Any(c => Overlaps(c.Phrase, candidate.Phrase))) continue;
            chosen.Add((candidate.Index, candidate.Phrase));
        }

        // A single sentence with two halves still gives two points.
        if (chosen.Count == 1 && max >= 2 && candidates.Count == 1)
        {
            var halves = ClauseSplit().Split(sentences[chosen[0].Index]).Select(Trim).OfType<string>().ToList();
            if (halves.Count >= 2 && !Overlaps(halves[0], halves[1])) return halves.Take(Math.Min(max, halves.Count)).ToList();
        }
        return chosen.OrderBy(c => c.Index).Select(c => c.Phrase).ToList();
    }

    private static double Score(string sentence, int index, int count, Dictionary<string, int> frequency, HashSet<string> headingWords)
    {
        var words = ContentWords(sentence).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0) return 0;
        // Words the section repeats are what it is about; dividing by the root of the length keeps long sentences from winning by size.
        var score = words.Sum(w => Math.Log(1 + frequency.GetValueOrDefault(w))) / Math.Sqrt(words.Count);
        score += 0.6 * words.Count(headingWords.Contains);
        if (CuePhrase().IsMatch(sentence)) score += 1.0;
        if (index == 0) score += 0.8;
        else if (index == count - 1 && count > 2) score += 0.3;
        if (ExampleOpening().IsMatch(sentence)) score -= 0.8;
        if (sentence.TrimEnd().EndsWith('?')) score -= 0.5;
        return score;
    }

    /// <summary>True when at least <paramref name="needed"/> of the sentence's words are all letters.</summary>
    private static bool HasWords(string sentence, int needed)
    {
        foreach (var word in Word().EnumerateMatches(sentence))
        {
            var letters = true;
            foreach (var c in sentence.AsSpan(word.Index, word.Length)) letters &= char.IsLetter(c);
            if (letters && --needed <= 0) return true;
        }
        return needed <= 0;
    }

    /// <summary>The sentence cut down to its main clause, or null when nothing readable is left.</summary>
    private static string? Trim(string sentence)
    {
        if (!HasWords(sentence, MinWords)) return null; // code, numbers, links
        if (IsCode(sentence) || Announces(sentence) || Attribution().IsMatch(sentence)) return null;
        // "- There's no blank line…": a list item's dash or star is the slide's bullet already.
        var text = Parenthetical().Replace(ListItemMark().Replace(WithoutReStMarkup(sentence), ""), "");
        // "PGO, on the other hand, can..." loses both commas; "If X, however, we..." keeps the one that ends its opening.
        var withoutAsides = text;
        text = MidConnective().Replace(withoutAsides, m => WordCount(withoutAsides.AsSpan(0, m.Index)) <= 3 ? " " : ", ");
        // "The committee will, as a first step, publish its minutes": an aside inside the verb phrase goes, so that a
        // cut at its comma does not leave the verb without its object.
        text = AsideInsideVerbPhrase().Replace(text, "${verb} ");
        text = Whitespace().Replace(text, " ").Trim();
        for (var previous = ""; previous != text;)
        {
            previous = text;
            text = LeadingConnective().Replace(text, "");
            text = LeadingConnectiveWithComma().Replace(text, "");
            text = LeadingFraming().Replace(text, "");
            text = WithoutLeadingSubordinateClause(text);
        }

        text = text.TrimEnd('.', '!', ' ');
        text = AfterFramingColon(text);
        if (WordCount(text) > MaxWords) text = CutAtClauseBoundary(text);
        var beforeTrim = text;
        text = TrimDangling(TrailingAside().Replace(text, ""));
        // "The common thread is that…" cut to "The common thread": losing the verb leaves a subject with nothing said of it.
        if (LostItsVerb(beforeTrim, text)) return null;
        if (WordCount(text) < MinWords || IsFragment(text)) return null;
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>
    /// A line of a code sample (a comment, an assignment, a call, a prompt, a statement opening a block) that the
    /// text shows: the audience reads prose on a slide. Literals quoted inside prose (``__doc__``) are prose.
    /// </summary>
    internal static bool IsCode(string sentence)
    {
        var text = InlineLiteral().Replace(sentence.Trim(), "x");
        return CodeSign().IsMatch(text) || text.Length > 0 && char.IsLower(text[0]) && CodeStatement().IsMatch(text);
    }

    /// <summary>
    /// reStructuredText's marks are not for the audience: ".. _Name: url" shows as "Name: url", ``literal`` and
    /// `text`_ as their text, a reference name_ without its underscore.
    /// </summary>
    private static string WithoutReStMarkup(string sentence)
    {
        if (!sentence.Contains("..", StringComparison.Ordinal) && !sentence.Contains('`') && !sentence.Contains('_')) return sentence;
        var text = ReStFootnoteReference().Replace(ReStTarget().Replace(sentence, ""), "");
        text = ReStLiteral().Replace(text, "${text}");
        return ReStReference().Replace(text, "${word}");
    }

    [GeneratedRegex(@"^\s*\.\.\s+_?")]
    private static partial Regex ReStTarget();

    // "the tracker [#issues]_, where…", "as shown [1]_": a footnote reference.
    [GeneratedRegex(@"\s?\[[#*\w-]*\]_")]
    private static partial Regex ReStFootnoteReference();

    [GeneratedRegex(@"``(?<text>[^`]+)``|`(?<text>[^`]+)`_{0,2}")]
    private static partial Regex ReStLiteral();

    [GeneratedRegex(@"(?<word>[A-Za-z0-9])_(?=[\s,.;:)]|$)")]
    private static partial Regex ReStReference();

    /// <summary>"Here is an implementation of the algorithm::", "To illustrate:": the sentence hands over to a sample.</summary>
    private static bool Announces(string sentence) =>
        sentence.TrimEnd().EndsWith("::", StringComparison.Ordinal) || AnnouncingOpening().IsMatch(sentence) && sentence.TrimEnd().EndsWith(':');

    // "-- A. Author, 1999-01-01" under a quotation: who said it, not a point.
    [GeneratedRegex(@"^\s*(?:--|—|―)\s*\S")]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^\s*[-*•]\s+")]
    private static partial Regex ListItemMark();

    [GeneratedRegex(@"``[^`]*``|`[^`]*`")]
    private static partial Regex InlineLiteral();

    [GeneratedRegex(@"^(?:#|//|>>>|\$ )|>>>|\\n|\s(?:=|==|!=|\+=|-=|=>|->)\s|\w\.\w+\(|\w\(\)|\[\d*:-?\d*\]|""""""|[;{}]\s*$")]
    private static partial Regex CodeSign();

    [GeneratedRegex(@"^(?:def|class|return|import|from|if|elif|else|for|while|try|except|with|lambda|print|global|var|let|const|function)\b")]
    private static partial Regex CodeStatement();

    [GeneratedRegex(@"^(?:here (?:is|are)|to illustrate|as follows|the following|for example|for instance|e\.g\.|consider|see)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnnouncingOpening();

    /// <summary>
    /// What is left of a cut that a reader would see as half a thought: "…the profiles could become",
    /// "Instead of instrumenting the binary" (an opening with no main clause after it).
    /// </summary>
    /// <summary>"…, let it be this: the health of a project is…": the colon hands the point over to what follows it.</summary>
    private static string AfterFramingColon(string text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0) return text;
        var before = text[..colon].TrimEnd().ToLowerInvariant();
        var after = text[(colon + 2)..].Trim();
        var framing = before.EndsWith(" this", StringComparison.Ordinal) || before.EndsWith(" following", StringComparison.Ordinal)
            || before.EndsWith(" is", StringComparison.Ordinal) || before.EndsWith(" are", StringComparison.Ordinal) || before.EndsWith(" simple", StringComparison.Ordinal);
        return framing && WordCount(after) >= MinWords ? after : text;
    }

    private static bool LostItsVerb(string before, string after)
    {
        if (after.Length >= before.Length) return false;
        var removed = before[after.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return removed.Any(w => w.ToLowerInvariant() is "is" or "are" or "was" or "were" or "be" or "been");
    }

    internal static bool IsFragment(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words[^1].TrimEnd(',', ';', ':').ToLowerInvariant();
        if (NeedsComplement.Contains(last)) return true;
        // "defines a problem detail as a way" (to do what?), while "joined this way" is whole.
        if (text.EndsWith(" a way", StringComparison.OrdinalIgnoreCase)) return true;
        if (!OpensSubordinateClause().IsMatch(text)) return false;
        // "As the profiles are collected…, which are already optimized": what follows the comma must be a main clause.
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 || RelativeOpening().IsMatch(text[(comma + 1)..].TrimStart());
    }

    private static readonly HashSet<string> NeedsComplement = new(StringComparer.Ordinal)
    {
        // Verbs of thinking and saying, and verbs that need their preposition: "the board believes", "success depends".
        "believe", "believes", "believed", "think", "thinks", "hope", "hopes", "feel", "feels", "felt", "know", "knows",
        "depend", "depends", "rely", "relies", "continue", "continues", "seek", "seeks", "contribute", "contributes", "deal",
        "capable", "committed", "ready", "designed", "intended", "meant", "aware",
        "become", "becomes", "became", "built", "make", "makes", "made", "get", "gets", "got", "use", "uses", "used", "using",
        "provide", "provides", "include", "includes", "called", "known", "means", "requires", "require", "needs", "need", "going", "able",
        "less", "more", "than", "rather", "either", "other",
    };

    [GeneratedRegex(@"^(?:Instead of|As|Although|Though|While|Whereas|If|When|Whenever|Because|Since|Unless|Whether|Until|After|Before|Once)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpensSubordinateClause();

    // "function, class, or method definition", "tests and docs": one or two words and the list goes on.
    [GeneratedRegex(@"^[^\s,]+(?: [^\s,]+)?(?:,|,? (?:and|or|nor) )", RegexOptions.IgnoreCase)]
    private static partial Regex ListTail();

    [GeneratedRegex(@"^(?:which|who|whom|whose|that|where|when|and|or|but)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeOpening();

    /// <summary>"When the cache is cold, reads go to the database": the point is after the comma.</summary>
    private static string WithoutLeadingSubordinateClause(string text)
    {
        var opening = LeadingSubordinateClause().Match(text);
        if (!opening.Success) return text;
        var rest = text[opening.Length..];
        if (WordCount(rest) < MinWords + 1 || ContinuesAList().IsMatch(rest)) return text;
        // A prepositional opening that holds a subject and verb is the main clause itself ("In the future we may add...").
        var firstWord = opening.Groups["word"].Value.ToLowerInvariant();
        if (Prepositions.Contains(firstWord) && (WordCount(opening.Value) > 7 || FiniteVerbOrSubject().IsMatch(opening.Value))) return text;
        return rest;
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "with", "without", "for", "in", "on", "at", "to", "by", "during", "over", "under", "like", "unlike", "given", "based",
    };

    private static string CutAtClauseBoundary(string text)
    {
        // The first clause when it fits: the longest prefix that ends at a clause boundary, stopping before a list
        // ("such as ...") because what follows is examples, not the point.
        if (LongestPrefix(text, ClauseBoundary()) is { } clause) return clause;
        // "Review tools will flag every function longer than a screen in the second pass of a review": a main clause too
        // long for the slide keeps its predicate with the object whole (the slide's title names the subject) rather
        // than its subject with the verb's object cut in two.
        if (Predicate(text) is { } predicate) return predicate;
        // Otherwise the main clause after a long opening: "For a change local to a few functions, most profiles still apply".
        foreach (Match comma in Comma().Matches(text))
        {
            var rest = text[(comma.Index + comma.Length)..];
            // "…the first statement in a module, function, class, or method definition": after a comma inside a
            // list comes the list's tail, not a main clause.
            if (ContinuesAList().IsMatch(rest) || ListTail().IsMatch(rest)) continue;
            var main = WordCount(rest) <= MaxWords ? rest : LongestPrefix(rest, ClauseBoundary());
            if (main is not null && WordCount(main) >= MinWords + 1) return main;
        }
        return LongestPrefix(text, PhraseBoundary())
               ?? string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(MaxWords));
    }

    private static string? Predicate(string text)
    {
        var match = SubjectAndModal().Match(text);
        if (!match.Success) return null;
        var rest = text[match.Length..];
        var fitting = WordCount(rest) <= MaxWords ? rest : LongestPrefix(rest, ClauseBoundary()) ?? LongestPrefix(rest, PhraseBoundary());
        if (fitting is null || WordCount(fitting) < MinWords + 2) return null;
        return char.ToUpperInvariant(fitting[0]) + fitting[1..];
    }

    private static string? LongestPrefix(string text, Regex boundary)
    {
        string? best = null;
        foreach (Match match in boundary.Matches(text))
        {
            var prefix = text.AsSpan(0, match.Index).TrimEnd();
            var words = WordCount(prefix);
            if (words > MaxWords) break;
            if (words >= MinWords + 1) best = prefix.ToString();
            if (ListIntroducer().IsMatch(match.Value)) break;
        }
        return best;
    }

    private static string TrimDangling(string text)
    {
        text = TrailingIntroducer().Replace(text, "");
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0)
        {
            var last = words[^1].TrimEnd(',', ';', ':', '—', '–', '-');
            if (last.Length == 0 || DanglingWords.Contains(last.ToLowerInvariant())) words.RemoveAt(words.Count - 1);
            else
            {
                words[^1] = last;
                break;
            }
        }
        var result = string.Join(' ', words);
        // An opening bracket or quote the cut left unclosed goes, with what follows it.
        var open = result.LastIndexOf('(');
        if (open >= 0 && result.IndexOf(')', open) < 0) result = TrimDangling(result[..open]);
        if (result.Count(c => c == '"') % 2 == 1) result = TrimDangling(result[..result.LastIndexOf('"')]);
        return result.TrimEnd(',', ';', ':', ' ');
    }

    internal static List<string> SplitSentences(string body)
    {
        var sentences = new List<string>();
        foreach (var line in body.Replace("\r", "").Split('\n'))
        {
            var pending = "";
            foreach (var piece in SentenceEnd().Split(line))
            {
                var joined = pending.Length == 0 ? piece : pending + " " + piece;
                if (Abbreviation().IsMatch(joined)) { pending = joined; continue; }
                pending = "";
                if (joined.Trim().Length > 0) sentences.Add(joined.Trim());
            }
            if (pending.Trim().Length > 0) sentences.Add(pending.Trim());
        }
        return sentences;
    }

    private static IEnumerable<string> ContentWords(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value.Trim('\'', '-'))
            .Where(w => w.Length > 2 && !StopWords.Contains(w)).Select(Stem);

    // Plural and tense endings collapse so that "profile" and "profiles" count together.
    private static string Stem(string word) =>
        word.EndsWith("ies") && word.Length > 4 ? word[..^3] + "y"
        : word.EndsWith("es") && word.Length > 4 && (word.EndsWith("sses") || word.EndsWith("ches") || word.EndsWith("shes")) ? word[..^2]
        : word.EndsWith('s') && !word.EndsWith("ss") && word.Length > 3 ? word[..^1]
        : word;

    private static bool SameWords(string a, string b)
    {
        var left = ContentWords(a).ToHashSet();
        var right = ContentWords(b).ToHashSet();
        return left.Count > 0 && left.SetEquals(right);
    }

    private static bool Overlaps(string a, string b)
    {
        var left = ContentWords(a).ToHashSet();
        var right = ContentWords(b).ToHashSet();
        if (left.Count == 0 || right.Count == 0) return string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
        var shared = left.Intersect(right).Count();
        return shared >= 0.8 * Math.Min(left.Count, right.Count);
    }

    /// <summary>Words between spaces, as Split(' ', RemoveEmptyEntries) counts them, without making the strings: it runs per match.</summary>
    private static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c == ' ') inWord = false;
            else if (!inWord) { inWord = true; count++; }
        }
        return count;
    }

    private static readonly HashSet<string> DanglingWords = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "nor", "the", "a", "an", "of", "to", "with", "for", "in", "on", "at", "by", "from", "into", "onto",
        // Object pronouns (it, this, them) and quantifiers (more, both) end clauses legitimately: "maintaining it".
        "that", "which", "who", "whose", "as", "than", "so", "such", "is", "are", "was", "were", "be", "been", "being",
        "its", "their", "our", "your", "his", "we", "they", "very", "not", "also", "even", "just", "only", "still", "yet",
        "rather", "especially", "including", "like", "whether",
        "each", "every", "any", "some", "can", "will", "would", "should", "must", "may", "might", "could",
        "has", "have", "had", "do", "does", "if", "when", "while", "because", "since", "via", "per", "about", "over", "under",
        "between", "through", "without", "within", "across", "e.g", "i.e", "etc",
    };

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "that", "this", "with", "are", "was", "were", "will", "would", "can", "could", "should", "may",
        "might", "must", "have", "has", "had", "not", "but", "from", "they", "them", "their", "there", "these", "those", "its",
        "our", "ours", "you", "your", "his", "her", "she", "him", "who", "whom", "which", "what", "when", "where", "why", "how",
        "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "than", "too", "very", "also", "just",
        "into", "onto", "over", "under", "about", "above", "below", "between", "through", "during", "before", "after", "again",
        "further", "then", "once", "here", "only", "own", "same", "does", "did", "doing", "being", "been", "because", "while",
        "until", "against", "out", "off", "yet", "nor", "one", "two", "use", "used", "using", "many", "much", "well", "like",
        "however", "thus", "hence", "therefore", "e.g", "i.e", "etc", "via", "per", "let", "make", "made", "get", "got", "way",
        "we", "us", "it", "is", "be", "an", "a", "of", "to", "in", "on", "at", "by", "or", "as", "if", "so", "do", "no",
    };

    [GeneratedRegex(@"(?<=[.!?][""”’)\]]?)\s+(?=[""“(\[]?[A-Z0-9])")]
    private static partial Regex SentenceEnd();

    // A piece that ends with one of these stopped at an abbreviation, not at the end of a sentence.
    [GeneratedRegex(@"(\b(e\.g|i\.e|etc|vs|cf|Fig|No|Mr|Mrs|Ms|Dr|Prof|St|approx|Inc|Ltd|Jr|Sr)\.|\b[A-Z]\.)$")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"[a-z0-9][a-z0-9'\-\.]*[a-z0-9]|[a-z0-9]")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(however|in addition|additionally|also|so|and|but|or|moreover|furthermore|therefore|thus|hence|then|" +
                    @"finally|lastly|in short|in summary|in conclusion|to summarize|of course|indeed|meanwhile|as a result|" +
                    @"consequently|on the other hand|in other words|at the same time|above all|importantly|notably|besides|" +
                    @"likewise|similarly|altogether)\b[,:]?\s+",
        RegexOptions.IgnoreCase)]
    private static partial Regex LeadingConnective();

    // Words that open a sentence as a connective only when a comma follows ("Instead, ..." but "Instead of ...").
    [GeneratedRegex(@"^(first(ly)?|second(ly)?|third(ly)?|next|specifically|in particular|overall|instead|now|today|currently|" +
                    @"initially|ultimately|in practice|in fact|as such|still|yet|that is|again|here|in turn|of these|in general)\s*,\s+",
        RegexOptions.IgnoreCase)]
    private static partial Regex LeadingConnectiveWithComma();

    [GeneratedRegex(@",\s(however|on the other hand|in turn|of course|in fact|therefore|thus|as a result|too|then),\s", RegexOptions.IgnoreCase)]
    private static partial Regex MidConnective();

    [GeneratedRegex(@"[,;:]?\s+(for example|for instance|such as|including|e\.g\.?|i\.e\.?|like|especially|namely)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingIntroducer();

    [GeneratedRegex(@"^(such as|including|for example|for instance|and|or|which|that|who|but|because|since|although|though|while|" +
                    @"whereas|unless|if|when|so that|as)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuesAList();

    [GeneratedRegex(@"\b(we|i|you|they|it|he|she|is|are|was|were|will|would|may|might|can|could|should|must|has|have|had|do|does|did)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FiniteVerbOrSubject();

    [GeneratedRegex(@"^(we (believe|think|note|argue|found|find|see|expect) that|it(’s|'s| is) (important|worth noting|clear|essential|critical) (to note )?that|" +
                    @"note that|it should be noted that|the (fact|point|idea) is that|this means that|this is because)\s+",
        RegexOptions.IgnoreCase)]
    private static partial Regex LeadingFraming();

    [GeneratedRegex(@"^(?<word>if|when|whenever|while|although|though|because|since|as|once|unless|after|before|until|where|whereas|" +
                    @"using|with|without|given|based|unlike|like|by|for|in|on|at|to|during|over|under)\b[^,;:]{2,160}?,\s+",
        RegexOptions.IgnoreCase)]
    private static partial Regex LeadingSubordinateClause();

    [GeneratedRegex(@"\s*\([^()]*\)|\s*\[[^\[\]]*\]")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[,;:]\s(such as|including|for example|for instance|especially|e\.g\.)?|\s[—–-]{1,2}\s|—|" +
                    @"\s(which|because|so that|while|although|though|whereas|unless|since|where|who|whom|whose|if|when|as long as|" +
                    @"but|and then|in order to|such as|including|especially|except|rather than|instead of|as well as|even if|even though)\s",
        RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@",\s+")]
    private static partial Regex Comma();

    // A short subject (no comma, no clause of its own) and a modal, before an active verb: "The board will publish…".
    [GeneratedRegex(@"^(?:[A-Z][\w’'-]*|The|A|An|Our|Each|Every|All|This|These)(?:\s(?!(?:that|which|who|if|when)\b)[\w’'/-]+){0,4}\s(?:will|should|must|shall|can|may|need to|needs to)\s(?!(?:be|not|also|have|never|always|only|still|then)\b)")]
    private static partial Regex SubjectAndModal();

    // A modal or a verb, then a short aside between commas (", as a first step,", ", in large part,") before the rest.
    [GeneratedRegex(@"(?<verb>\b(?:will|would|shall|should|can|could|must|may|might|\w+s)),\s(?:as|in|at|for|by|on|of|with|under|after|before|first|then|also|\w+ly)\b[^,;:]{0,30},\s(?!and\b|or\b|but\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AsideInsideVerbPhrase();

    // What a cut can leave at the end: ", in this period", ", first" — an adverbial that belonged to what was cut off.
    [GeneratedRegex(@",\s(?:(?:in|at|for|by|on|with|during|after|before|over|under)\s(?:\w+\s){0,3}\w+|first|second|then|now|today|too)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAside();

    [GeneratedRegex(@"(such as|including|for example|for instance|especially|e\.g\.)", RegexOptions.IgnoreCase)]
    private static partial Regex ListIntroducer();

    [GeneratedRegex(@"\s(and|or|for|in|to|with|by|on|at|from|into|across|through|after|before|during|without|within|between|that|than|as)\s",
        RegexOptions.IgnoreCase)]
    private static partial Regex PhraseBoundary();

    [GeneratedRegex(@"[;:]\s+|,\s+(?=(?:but|while|whereas|and)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseSplit();

    [GeneratedRegex(@"\b(we propose|we will|we plan|we recommend|we must|we need|the goal|our goal|aims? to|must|should|shall|need to|" +
                    @"required|requires|key|important|main|primary|critical|essential|propose|recommend|ensure|enables?|allows?|" +
                    @"in summary|in short|the result|results? in|improves?|reduces?)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex CuePhrase();

    [GeneratedRegex(@"^(for example|for instance|e\.g\.|as an example|consider)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExampleOpening();
}
