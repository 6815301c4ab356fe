using System.Text;
using System.Text.Json.Serialization;

namespace SlideGen.Corpus.Scoring;

/// <summary>The figures score_outline.py prints, under its names, rounded as it rounds them (3 decimals).</summary>
public sealed record OutlineScore
{
    /// <summary>The predicted title matches the gold title; null when the gold has no title.</summary>
    [JsonPropertyName("title_ok")] public bool? TitleOk { get; init; }
    [JsonPropertyName("precision")] public double Precision { get; init; }
    [JsonPropertyName("recall")] public double Recall { get; init; }
    /// <summary>Heading F1, depth-aware; predicted points below a matched gold leaf are not counted as false.</summary>
    [JsonPropertyName("f1")] public double F1 { get; init; }
    /// <summary>Heading F1 counting every unmatched predicted point as false.</summary>
    [JsonPropertyName("f1_strict")] public double F1Strict { get; init; }
    [JsonPropertyName("below_gold_leaves")] public int BelowGoldLeaves { get; init; }
    [JsonPropertyName("gold_required")] public int GoldRequired { get; init; }
    [JsonPropertyName("predicted")] public int Predicted { get; init; }
    [JsonPropertyName("matched_required")] public int MatchedRequired { get; init; }
    /// <summary>Share of gold key phrases kept by a bullet of the matched point; null when the gold has none.</summary>
    [JsonPropertyName("kp_recall")] public double? KpRecall { get; init; }
    [JsonPropertyName("kp_total")] public int KpTotal { get; init; }
    [JsonPropertyName("kp_recall_f1")] public double? KpRecallF1 { get; init; }
    [JsonPropertyName("leaves")] public int Leaves { get; init; }
    [JsonPropertyName("bullets")] public int Bullets { get; init; }
    [JsonPropertyName("bullets_too_long")] public int BulletsTooLong { get; init; }
    [JsonPropertyName("leaves_bad_bullet_count")] public int LeavesBadBulletCount { get; init; }
    /// <summary>The gold's page-furniture strings found anywhere in the predicted outline's JSON.</summary>
    [JsonPropertyName("noise_leaked")] public IReadOnlyList<string> NoiseLeaked { get; init; } = [];

    /// <summary>The line score_outline.py prints for this score, character for character (json.dumps, ensure_ascii=False).</summary>
    public string ToPythonJson()
    {
        var text = new StringBuilder("{");
        void Field(string name, string value) => text.Append(text.Length > 1 ? ", " : "").Append('"').Append(name).Append("\": ").Append(value);
        static string Float(double? x) => x is { } v ? PyText.FloatRepr(v) : "null";
        static string Int(int x) => x.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Field("title_ok", TitleOk switch { true => "true", false => "false", null => "null" });
        Field("precision", Float(Precision));
        Field("recall", Float(Recall));
        Field("f1", Float(F1));
        Field("f1_strict", Float(F1Strict));
        Field("below_gold_leaves", Int(BelowGoldLeaves));
        Field("gold_required", Int(GoldRequired));
        Field("predicted", Int(Predicted));
        Field("matched_required", Int(MatchedRequired));
        Field("kp_recall", Float(KpRecall));
        Field("kp_total", Int(KpTotal));
        Field("kp_recall_f1", Float(KpRecallF1));
        Field("leaves", Int(Leaves));
        Field("bullets", Int(Bullets));
        Field("bullets_too_long", Int(BulletsTooLong));
        Field("leaves_bad_bullet_count", Int(LeavesBadBulletCount));
        Field("noise_leaked", PyText.JsonDumps(new System.Text.Json.Nodes.JsonArray(NoiseLeaked.Select(n => (System.Text.Json.Nodes.JsonNode?)n).ToArray())));
        return text.Append('}').ToString();
    }
}
