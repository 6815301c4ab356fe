namespace SlideGen.KeyPhrases;

/// <summary>
/// The one scoring model of Chinese bullet candidates: every candidate phrase gets the features below (where it stands
/// in its sentence and paragraph, whether it opens with a predicate, its length, figures, parallel structure…) and its
/// score is their weighted sum, the log-odds that a presenter keeps it. The weights are set on the corpus as a whole by
/// <c>dotnet run --project tests/SlideGen.Corpus -c Release -- fit</c> (logistic regression on every candidate of the
/// points that have gold key phrases, labelled by whether it holds one; leave-one-document-out cross-validation gives
/// the figure reported in the commit that set them). Hand edits of a weight are a change of the model: refit instead.
/// </summary>
public static class ChineseBulletModel
{
    /// <summary>The features of a candidate, in the order of <see cref="Weights"/>.</summary>
    public enum Feature
    {
        Bias,
        /// <summary>Fewer than 6 characters: a scrap, unless a run-in sub-head.</summary>
        Shorter6,
        Length6To8,
        Length8To30,
        LongerThan30,
        OneFigure,
        TwoFigures,
        BookTitle,
        ShortEnumeration,
        LongEnumeration,
        TwoItems,
        Question,
        IntroducesWhatFollows,
        Announcement,
        Quotation,
        ActionVerbOpening,
        Pronoun,
        ConditionalOpening,
        NotChinese,
        Redacted,
        AfterLeadIn,
        OpensWithYao,
        FirstClauseOfSentence,
        OpensParagraph,
        RunInSubhead,
        ShortRunInSubhead,
        RunInAmongSeveral,
        InlineItem,
        TwoClausesShort,
        TwoClausesLong,
        ThreeClauses,
        ShortLastClauseGoesOn,
        ShortFirstClauseWithoutPredicate,
        Parallel,
        ParallelExtraMembers,
        QuotedList,
        LastClauseOfSentence,
        LastSentenceOfParagraph,
        OpensWithPredicate,
        LaterSentenceOfParagraph,
        ParagraphPosition,
        WholeSentence,
    }

    public static readonly int Count = Enum.GetValues<Feature>().Length;

    // Weights set by `SlideGen.Corpus fit` (see the summary); one per feature, in the enum's order.
    private static readonly double[] Fitted =
    [
        /* Bias */ 0, /* Shorter6 */ -3, /* Length6To8 */ 0, /* Length8To30 */ 1, /* LongerThan30 */ 0.3, /* OneFigure */ 1.8,
        /* TwoFigures */ 2.3, /* BookTitle */ 0.5, /* ShortEnumeration */ 2.5, /* LongEnumeration */ 1, /* TwoItems */ 1,
        /* Question */ -1, /* IntroducesWhatFollows */ -3, /* Announcement */ -2, /* Quotation */ 0.8, /* ActionVerbOpening */ 1,
        /* Pronoun */ -1.5, /* ConditionalOpening */ -1, /* NotChinese */ -1, /* Redacted */ -1, /* AfterLeadIn */ 1.5,
        /* OpensWithYao */ 0.7, /* FirstClauseOfSentence */ 0.4, /* OpensParagraph */ 0.4, /* RunInSubhead */ 2.5,
        /* ShortRunInSubhead */ 3, /* RunInAmongSeveral */ 2, /* InlineItem */ 1.5, /* TwoClausesShort */ 0.2,
        /* TwoClausesLong */ -0.5, /* ThreeClauses */ -0.6, /* ShortLastClauseGoesOn */ -1.5,
        /* ShortFirstClauseWithoutPredicate */ -0.8, /* Parallel */ 2.5, /* ParallelExtraMembers */ 0.5, /* QuotedList */ 1,
        /* LastClauseOfSentence */ 0, /* LastSentenceOfParagraph */ 0, /* OpensWithPredicate */ 0,
        /* LaterSentenceOfParagraph */ 0, /* ParagraphPosition */ 0, /* WholeSentence */ 0,
    ];

    // Coverage: each phrase already taken from the candidate's paragraph (sentence) lowers its score by these.
    public const double SameParagraphPenalty = 1.2;
    public const double SameParagraphRunInPenalty = 0.6;
    public const double SameSentencePenalty = 0.8;

    private static readonly AsyncLocal<double[]?> Trial = new();

    /// <summary>The weights in use: the fitted ones, or those a fitting run is trying (<see cref="Use"/>).</summary>
    public static IReadOnlyList<double> Weights => Trial.Value ?? Fitted;

    /// <summary>For the fitting tool: scores with other weights until the result is disposed (this flow of execution only).</summary>
    public static IDisposable Use(double[] weights)
    {
        if (weights.Length != Count) throw new ArgumentException($"{Count} weights expected", nameof(weights));
        var previous = Trial.Value;
        Trial.Value = weights;
        return new Restore(previous);
    }

    private sealed class Restore(double[]? previous) : IDisposable
    {
        public void Dispose() => Trial.Value = previous;
    }

    public static double Score(double[] features)
    {
        var weights = Trial.Value ?? Fitted;
        var score = 0.0;
        for (var i = 0; i < features.Length; i++) score += weights[i] * features[i];
        return score;
    }
}
