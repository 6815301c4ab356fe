using System.Xml.Linq;

namespace SlideGen.Writing;

/// <summary>The kinds of part a deck is made of.</summary>
internal enum PartKind
{
    Presentation,
    SlideMaster,
    SlideLayout,
    Slide,
    NotesMaster,
    NotesSlide,
    Theme,
    PresentationProperties,
    ViewProperties,
    TableStyles,
    CoreProperties,
    ExtendedProperties,
    Thumbnail,
    PngImage,
    JpegImage,
}

/// <summary>
/// The little of OPC that the slide writer needs: new parts related from this one, relations to existing parts, and
/// content. Built-in decks go into the writer's own package (<see cref="OpcPackage"/>); decks written into a user's
/// reference deck go through the Open XML SDK (<see cref="SdkPart"/>), which that deck's editing needs anyway.
/// </summary>
internal interface IPackagePart
{
    /// <summary>A new part of <paramref name="kind"/>, related from this one as <paramref name="relationshipId"/>.</summary>
    IPackagePart AddPart(PartKind kind, string relationshipId);

    /// <summary>Relates an existing part from this one as <paramref name="relationshipId"/>.</summary>
    void Relate(IPackagePart target, string relationshipId);

    void Write(XElement root);

    void Write(byte[] content);
}

/// <summary>Where each kind of part lives and how packages name its type and its relationship.</summary>
internal static class PartKinds
{
    private const string Officedocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string PresentationMl = "application/vnd.openxmlformats-officedocument.presentationml.";

    public readonly record struct Info(string Folder, string Stem, string Extension, string ContentType, string RelationshipType, bool Numbered);

    public static Info Of(PartKind kind) => kind switch
    {
        PartKind.Presentation => new("ppt", "presentation", "xml", PresentationMl + "presentation.main+xml", Officedocument + "officeDocument", false),
        PartKind.SlideMaster => new("ppt/slideMasters", "slideMaster", "xml", PresentationMl + "slideMaster+xml", Officedocument + "slideMaster", true),
        PartKind.SlideLayout => new("ppt/slideLayouts", "slideLayout", "xml", PresentationMl + "slideLayout+xml", Officedocument + "slideLayout", true),
        PartKind.Slide => new("ppt/slides", "slide", "xml", PresentationMl + "slide+xml", Officedocument + "slide", true),
        PartKind.NotesMaster => new("ppt/notesMasters", "notesMaster", "xml", PresentationMl + "notesMaster+xml", Officedocument + "notesMaster", true),
        PartKind.NotesSlide => new("ppt/notesSlides", "notesSlide", "xml", PresentationMl + "notesSlide+xml", Officedocument + "notesSlide", true),
        PartKind.Theme => new("ppt/theme", "theme", "xml", "application/vnd.openxmlformats-officedocument.theme+xml", Officedocument + "theme", true),
        PartKind.PresentationProperties => new("ppt", "presProps", "xml", PresentationMl + "presProps+xml", Officedocument + "presProps", false),
        PartKind.ViewProperties => new("ppt", "viewProps", "xml", PresentationMl + "viewProps+xml", Officedocument + "viewProps", false),
        PartKind.TableStyles => new("ppt", "tableStyles", "xml", PresentationMl + "tableStyles+xml", Officedocument + "tableStyles", false),
        PartKind.CoreProperties => new("docProps", "core", "xml", "application/vnd.openxmlformats-package.core-properties+xml",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", false),
        PartKind.ExtendedProperties => new("docProps", "app", "xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml",
            Officedocument + "extended-properties", false),
        PartKind.Thumbnail => new("docProps", "thumbnail", "jpeg", "image/jpeg",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail", false),
        PartKind.PngImage => new("ppt/media", "image", "png", "image/png", Officedocument + "image", true),
        PartKind.JpegImage => new("ppt/media", "image", "jpeg", "image/jpeg", Officedocument + "image", true),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
