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

    // Weights set by `SlideGen.Corpus fit` (see the summary) on 5 folds, 2497 candidates, 447 of them holding a gold
    // phrase; L2 0.002. One per feature, in the enum's order. Leave-one-document-out mean kp of the Chinese corpus
    // documents 0.561 with these features (hand-set weights: 0.514); fitted on all: 0.595.
    private static readonly double[] Fitted =
    [
        /* Bias */ -2.23, /* Shorter6 */ -0.56, /* Length6To8 */ -0.86, /* Length8To30 */ 0.54,
        /* LongerThan30 */ 0.88, /* OneFigure */ 0.91, /* TwoFigures */ 1.08, /* BookTitle */ 0.42,
        /* ShortEnumeration */ 1.08, /* LongEnumeration */ 0.71, /* TwoItems */ 0.37, /* Question */ 0.4,
        /* IntroducesWhatFollows */ -0.13, /* Announcement */ 0, /* Quotation */ 0.88, /* ActionVerbOpening */ 0.08,
        /* Pronoun */ -0.43, /* ConditionalOpening */ 0.31, /* NotChinese */ 0, /* Redacted */ 0.13,
        /* AfterLeadIn */ 0.27, /* OpensWithYao */ -0.01, /* FirstClauseOfSentence */ 0.49, /* OpensParagraph */ 0.1,
        /* RunInSubhead */ -0.38, /* ShortRunInSubhead */ 0, /* RunInAmongSeveral */ -0.36, /* InlineItem */ 0.11,
        /* TwoClausesShort */ 0.4, /* TwoClausesLong */ 0.41, /* ThreeClauses */ 0.34,
        /* ShortLastClauseGoesOn */ 0.43, /* ShortFirstClauseWithoutPredicate */ -0.39, /* Parallel */ 0.55,
        /* ParallelExtraMembers */ 0.11, /* QuotedList */ 0.06, /* LastClauseOfSentence */ 0.5,
        /* LastSentenceOfParagraph */ 0.53, /* OpensWithPredicate */ -0.1, /* LaterSentenceOfParagraph */ -0.95,
        /* ParagraphPosition */ -1.1, /* WholeSentence */ -0.22,
    ];

    // A point of this many characters gets one more bullet, up to seven (a short point two).
    public const double CharactersPerBullet = 25;

    // Coverage: each phrase already taken from the candidate's paragraph (sentence) lowers its score by these.
    public const double SameParagraphPenalty = 1.2;
    public const double SameParagraphRunInPenalty = 0.6;
    public const double SameSentencePenalty = 0.8;

    // The picker stops at a candidate scoring below EnoughBelow once the slide has two bullets, and below NoneBelow always.
    public const double EnoughBelow = -4.5;
    public const double NoneBelow = -6.5;

    /// <summary>The picker's stops in use (<see cref="EnoughBelow"/>, <see cref="NoneBelow"/>, or a fitting run's).</summary>
    public static (double Enough, double None) Stops => Trial.Value is { } trial ? (trial.Enough, trial.None) : (EnoughBelow, NoneBelow);

    private sealed record Model(double[] Weights, double Enough, double None);

    private static readonly AsyncLocal<Model?> Trial = new();

    /// <summary>The weights in use: the fitted ones, or those a fitting run is trying (<see cref="Use"/>).</summary>
    public static IReadOnlyList<double> Weights => Trial.Value?.Weights ?? Fitted;

    /// <summary>For the fitting tool: scores with other weights until the result is disposed (this flow of execution only).</summary>
    public static IDisposable Use(double[] weights, double enoughBelow, double noneBelow)
    {
        if (weights.Length != Count) throw new ArgumentException($"{Count} weights expected", nameof(weights));
        var previous = Trial.Value;
        Trial.Value = new Model(weights, enoughBelow, noneBelow);
        return new Restore(previous);
    }

    private sealed class Restore(Model? previous) : IDisposable
    {
        public void Dispose() => Trial.Value = previous;
    }

    public static double Score(double[] features)
    {
        var weights = Trial.Value?.Weights ?? Fitted;
        var score = 0.0;
        for (var i = 0; i < features.Length; i++) score += weights[i] * features[i];
        return score;
    }
}
