using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlideGen.Planning;

/// <summary>
/// template.json's reader, generated at compile time: the native build has no reflection-based serializer,
/// and the generated one also starts faster under the JIT.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(TemplateSettings))]
internal sealed partial class TemplateSettingsJson : JsonSerializerContext;
