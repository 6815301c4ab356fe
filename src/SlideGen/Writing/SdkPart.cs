using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace SlideGen.Writing;

/// <summary>A part of a reference deck opened with the Open XML SDK, seen as the slide writer sees parts.</summary>
internal sealed class SdkPart(OpenXmlPartContainer container) : IPackagePart
{
    public OpenXmlPartContainer Container { get; } = container;

    public static OpenXmlPart Of(IPackagePart part) => (OpenXmlPart)((SdkPart)part).Container;

    public IPackagePart AddPart(PartKind kind, string relationshipId) => new SdkPart(kind switch
    {
        PartKind.Slide => Container.AddNewPart<SlidePart>(relationshipId),
        PartKind.NotesSlide => Container.AddNewPart<NotesSlidePart>(relationshipId),
        PartKind.CoreProperties => Container.AddNewPart<CoreFilePropertiesPart>(relationshipId),
        PartKind.ExtendedProperties => Container.AddNewPart<ExtendedFilePropertiesPart>(relationshipId),
        PartKind.Thumbnail => Container.AddNewPart<ThumbnailPart>(Thumbnail.ContentType, relationshipId),
        PartKind.PngImage => ((SlidePart)Container).AddImagePart(ImagePartType.Png, relationshipId),
        PartKind.JpegImage => ((SlidePart)Container).AddImagePart(ImagePartType.Jpeg, relationshipId),
        _ => throw new NotSupportedException($"a reference deck keeps its own {kind} parts"),
    });

    public void Relate(IPackagePart target, string relationshipId) => Container.AddPart(Of(target), relationshipId);

    public void Write(XElement root)
    {
        using var stream = Part.GetStream(FileMode.Create, FileAccess.Write);
        PartXml.WriteTo(stream, root);
    }

    public void Write(byte[] content)
    {
        using var stream = Part.GetStream(FileMode.Create, FileAccess.Write);
        stream.Write(content);
    }

    private OpenXmlPart Part => Container as OpenXmlPart ?? throw new InvalidOperationException("a package has no content of its own");
}
