using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using SlideGen.Decks;
using SlideGen.Diagnostics;
using static SlideGen.Writing.PartXml;

namespace SlideGen.Writing;

/// <summary>
/// A user's .pptx or .potx whose masters, layouts and theme the deck is written into. The file is untrusted:
/// its slides, macros, embedded objects, ActiveX controls and external links never reach the output.
/// </summary>
internal static class ReferenceDeck
{
    public static byte[] ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var problem = e is FileNotFoundException or DirectoryNotFoundException ? "reference deck not found" : $"cannot read the reference deck: {e.Message}";
            throw new SlideGenException(new SourcePosition(path), problem, ExitCodes.TemplateError, e);
        }
        if (bytes.Length >= 2 && bytes[0] == 'P' && bytes[1] == 'K')
            Reading.PackageScan.Check(bytes, path, kind: "reference deck", exitCode: ExitCodes.TemplateError);
        return bytes;
    }

    public static PresentationDocument Open(Stream package, string path)
    {
        // A read-only look first: a Word file or another package opened for editing fails only when it is saved on dispose.
        try
        {
            package.Position = 0;
            using var probe = PresentationDocument.Open(package, false);
            if (probe.PresentationPart?.Presentation is null) throw Corrupt(path, null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or XmlException or FileFormatException or InvalidOperationException or ArgumentException)
        {
            throw Corrupt(path, e);
        }
        package.Position = 0;
        try
        {
            return PresentationDocument.Open(package, true);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or XmlException or FileFormatException or InvalidOperationException or ArgumentException)
        {
            throw Corrupt(path, e);
        }
    }

    private static SlideGenException Corrupt(string path, Exception? inner) =>
        new(new SourcePosition(path), "the reference deck is not a valid .pptx or .potx file", ExitCodes.TemplateError, inner);

    public static SlideGeometry ReadGeometry(string path)
    {
        using var package = new MemoryStream();
        package.Write(ReadFile(path));
        using var document = Open(package, path);
        try
        {
            var presentation = document.PresentationPart!;
            return Geometry(presentation, Layouts(presentation));
        }
        catch (XmlException e)
        {
            throw Corrupt(path, e);
        }
    }

    public static void Write(PresentationDocument document, Deck deck, string path)
    {
        try
        {
            WriteInto(document, deck);
        }
        catch (Exception e) when (e is XmlException or OpenXmlPackageException or InvalidDataException)
        {
            throw Corrupt(path, e);
        }
    }

    private static void WriteInto(PresentationDocument document, Deck deck)
    {
        foreach (var slide in document.PresentationPart!.SlideParts.ToList())
            document.PresentationPart.DeletePart(slide);
        RemoveUntrustedContent(document);
        // Templates and macro-enabled decks become plain presentations; the change replaces the parts.
        if (document.DocumentType != PresentationDocumentType.Presentation)
            document.ChangeDocumentType(PresentationDocumentType.Presentation);
        var presentation = document.PresentationPart!;
        var presentationXml = Load(presentation);
        ForgetDeletedSlides(presentationXml);

        var layouts = Layouts(presentation);
        if (layouts.Count == 0)
            throw new XmlException("the reference deck has no slide layouts");
        var geometry = Geometry(presentation, layouts);

        var next = NextRelationshipNumber(presentation);
        var slideIds = Enumerable.Range(next, deck.Slides.Count).Select(n => "rId" + n).ToList();
        var notesMasterId = "rId" + (next + deck.Slides.Count);
        var notesMaster = presentation.NotesMasterPart;
        var createdNotesMaster = false;
        IPackagePart NotesMaster()
        {
            if (notesMaster is not null)
                return new SdkPart(notesMaster);
            notesMaster = presentation.AddNewPart<NotesMasterPart>(notesMasterId);
            PartXml.Write(notesMaster.AddNewPart<ThemePart>("rId1"), ThemeXml.Build(deck.Theme));
            new SdkPart(notesMaster).Write(MasterXml.NotesMaster(deck.Theme));
            createdNotesMaster = true;
            return new SdkPart(notesMaster);
        }

        var minorEastAsian = presentation.SlideMasterParts.Select(m => m.ThemePart).FirstOrDefault(t => t is not null) is { } theme
            ? Load(theme).Descendants(A + "minorFont").Elements(A + "ea").Select(e => (string?)e.Attribute("typeface")).FirstOrDefault() ?? ""
            : "";
        var parts = new DeckParts
        {
            Presentation = new SdkPart(presentation),
            Layouts = layouts,
            Geometry = geometry,
            IsBuiltIn = false,
            Typesetter = new Typesetter(deck, explicitFonts: false, minorEastAsian.Length > 0 ? minorEastAsian : deck.Theme.EastAsianFont),
            NotesMaster = NotesMaster,
            SlideRelationshipIds = slideIds,
        };
        new SlideWriter(parts, deck).WriteAll();

        var root = presentationXml.Root!;
        if (createdNotesMaster)
        {
            root.Element(P + "notesMasterIdLst")?.Remove();
            root.Element(P + "sldMasterIdLst")!.AddAfterSelf(
                new XElement(P + "notesMasterIdLst", new XElement(P + "notesMasterId", new XAttribute(R + "id", notesMasterId))));
        }
        if (slideIds.Count > 0)
        {
            var list = new XElement(P + "sldIdLst", slideIds.Select((id, i) =>
                new XElement(P + "sldId", new XAttribute("id", PptxWriter.FirstSlideId + i), new XAttribute(R + "id", id))));
            var before = root.Element(P + "handoutMasterIdLst") ?? root.Element(P + "notesMasterIdLst") ?? root.Element(P + "sldMasterIdLst");
            if (before is null)
                root.AddFirst(list);
            else
                before.AddAfterSelf(list);
        }
        Save(presentation, presentationXml);

        if (document.ExtendedFilePropertiesPart is { } oldExtended)
            document.DeletePart(oldExtended);
        var nextPackageId = NextRelationshipNumber(document);
        var package = new SdkPart(document);
        DocumentProperties.WriteCore(document.CoreFilePropertiesPart is { } core ? new SdkPart(core) : package.AddPart(PartKind.CoreProperties, "rId" + nextPackageId++), deck);
        DocumentProperties.WriteExtended(package.AddPart(PartKind.ExtendedProperties, "rId" + nextPackageId), deck);
        Thumbnail.Write(package, deck, parts.Geometry, "rId" + (nextPackageId + 1));
    }

    /// <summary>One more than the highest "rIdN" the container uses, so that new ids never collide with old ones.</summary>
    private static int NextRelationshipNumber(OpenXmlPartContainer container) =>
        container.Parts.Select(p => p.RelationshipId)
            .Concat(container.ExternalRelationships.Select(r => r.Id))
            .Concat(container.HyperlinkRelationships.Select(r => r.Id))
            .Concat(container.DataPartReferenceRelationships.Select(r => r.Id))
            .Select(id => id.StartsWith("rId", StringComparison.Ordinal) && int.TryParse(id.AsSpan(3), out var n) ? n : 0)
            .DefaultIfEmpty(0).Max() + 1;

    /// <summary>Removes whatever in presentation.xml pointed at the reference deck's own slides.</summary>
    private static void ForgetDeletedSlides(XDocument presentationXml)
    {
        var root = presentationXml.Root ?? throw new XmlException("presentation.xml is empty");
        foreach (var name in new[] { "sldIdLst", "custShowLst", "photoAlbum", "extLst" })
            root.Element(P + name)?.Remove();
    }

    /// <summary>Macros, embedded objects, ActiveX, external links, signatures and stale properties go.</summary>
    private static void RemoveUntrustedContent(PresentationDocument document)
    {
        foreach (var part in new OpenXmlPart?[] { document.CustomFilePropertiesPart, document.ThumbnailPart, document.DigitalSignatureOriginPart })
            if (part is not null)
                document.DeletePart(part);
        foreach (var relationship in document.ExternalRelationships.ToList())
            document.DeleteExternalRelationship(relationship);

        var visited = new HashSet<Uri>();
        var queue = new Queue<OpenXmlPart>();
        queue.Enqueue(document.PresentationPart!);
        while (queue.Count > 0)
        {
            var part = queue.Dequeue();
            if (!visited.Add(part.Uri))
                continue;
            foreach (var child in part.Parts.ToList())
            {
                if (IsUntrusted(child.OpenXmlPart))
                    part.DeletePart(child.RelationshipId);
                else
                    queue.Enqueue(child.OpenXmlPart);
            }
            foreach (var relationship in part.ExternalRelationships.ToList())
                part.DeleteExternalRelationship(relationship);
            foreach (var relationship in part.HyperlinkRelationships.Where(r => r.IsExternal).ToList())
                part.DeleteReferenceRelationship(relationship);
            foreach (var relationship in part.DataPartReferenceRelationships.ToList())
                part.DeleteReferenceRelationship(relationship);
            RemoveDanglingReferences(part);
        }
    }

    private static bool IsUntrusted(OpenXmlPart part) =>
        part is VbaProjectPart or VbaDataPart or EmbeddedObjectPart or EmbeddedPackagePart or EmbeddedControlPersistencePart
            or EmbeddedControlPersistenceBinaryDataPart or VmlDrawingPart or LegacyDiagramTextPart or CustomXmlPart
            or CommentAuthorsPart or SlideCommentsPart or UserDefinedTagsPart or ExtendedPart;

    private static readonly XName[] RemovableWithReference =
    [
        A + "hlinkClick", A + "hlinkHover", A + "hlinkMouseOver", A + "snd", P + "snd", P + "control", P + "custData", P + "tags",
    ];

    private static readonly XName[] Shapes = [P + "sp", P + "pic", P + "graphicFrame", P + "grpSp", P + "cxnSp", P + "contentPart"];

    /// <summary>
    /// Removes markup whose relationship was removed: links and sounds themselves, anything else with the shape
    /// that holds it. A part that referred to a dropped OLE object or control must not point into nothing.
    /// </summary>
    private static void RemoveDanglingReferences(OpenXmlPart part)
    {
        if (!part.ContentType.EndsWith("+xml", StringComparison.Ordinal))
            return;
        var known = part.Parts.Select(p => p.RelationshipId)
            .Concat(part.ExternalRelationships.Select(r => r.Id))
            .Concat(part.HyperlinkRelationships.Select(r => r.Id))
            .Concat(part.DataPartReferenceRelationships.Select(r => r.Id))
            .ToHashSet(StringComparer.Ordinal);
        var document = Load(part);
        var dangling = document.Descendants()
            .Where(e => e.Attributes().Any(a => a.Name.Namespace == R && !known.Contains(a.Value)))
            .ToList();
        if (dangling.Count == 0)
            return;
        foreach (var element in dangling)
        {
            if (element.Parent is null && element != document.Root)
                continue; // already removed with an ancestor
            var target = RemovableWithReference.Contains(element.Name)
                ? element
                : element.AncestorsAndSelf().FirstOrDefault(a => Shapes.Contains(a.Name)) ?? element;
            if (target == document.Root)
                continue;
            var parent = target.Parent;
            target.Remove();
            if (parent is not null && (parent.Name == P + "controls" || parent.Name == P + "custDataLst") && !parent.HasElements)
                parent.Remove();
        }
        Save(part, document);
    }

    public static IReadOnlyList<LayoutTarget> Layouts(PresentationPart presentation)
    {
        var layouts = new List<LayoutTarget>();
        foreach (var master in MastersInOrder(presentation))
        {
            var masterXml = Load(master);
            var ids = masterXml.Root?.Element(P + "sldLayoutIdLst")?.Elements(P + "sldLayoutId")
                .Select(e => (string?)e.Attribute(R + "id")).OfType<string>().ToList() ?? [];
            foreach (var id in ids)
            {
                if (!master.TryGetPartById(id, out var found) || found is not SlideLayoutPart layout)
                    continue;
                var root = Load(layout).Root!;
                var name = (string?)root.Element(P + "cSld")?.Attribute("name") ?? "";
                var type = (string?)root.Attribute("type") ?? "obj";
                var placeholders = PlaceholderShapes(root).ToList();
                var title = placeholders.FirstOrDefault(p => p.Type is "title" or "ctrTitle");
                var body = placeholders.FirstOrDefault(p => p.Type is "subTitle")
                    ?? placeholders.FirstOrDefault(p => p.Type is "body" or "obj");
                layouts.Add(new LayoutTarget(new SdkPart(layout), name, type,
                    title is null ? null : new Placeholder(title.Type, title.Index),
                    body is null ? null : new Placeholder(body.Type == "obj" ? null : body.Type, body.Index)));
            }
        }
        return layouts;
    }

    private static IEnumerable<SlideMasterPart> MastersInOrder(PresentationPart presentation)
    {
        var root = Load(presentation).Root;
        var ids = root?.Element(P + "sldMasterIdLst")?.Elements(P + "sldMasterId")
            .Select(e => (string?)e.Attribute(R + "id")).OfType<string>() ?? [];
        foreach (var id in ids)
            if (presentation.TryGetPartById(id, out var part) && part is SlideMasterPart master)
                yield return master;
    }

    private sealed record PlaceholderShape(string Type, uint? Index, Box? Box);

    private static IEnumerable<PlaceholderShape> PlaceholderShapes(XElement root)
    {
        foreach (var shape in root.Element(P + "cSld")?.Element(P + "spTree")?.Elements(P + "sp") ?? [])
        {
            var ph = shape.Element(P + "nvSpPr")?.Element(P + "nvPr")?.Element(P + "ph");
            if (ph is null)
                continue;
            var type = (string?)ph.Attribute("type") ?? "obj";
            uint? index = uint.TryParse((string?)ph.Attribute("idx"), out var i) ? i : null;
            yield return new PlaceholderShape(type, index, BoxOf(shape.Element(P + "spPr")?.Element(A + "xfrm")));
        }
    }

    private static Box? BoxOf(XElement? xfrm)
    {
        var off = xfrm?.Element(A + "off");
        var ext = xfrm?.Element(A + "ext");
        if (off is null || ext is null)
            return null;
        return long.TryParse((string?)off.Attribute("x"), out var x) && long.TryParse((string?)off.Attribute("y"), out var y)
            && long.TryParse((string?)ext.Attribute("cx"), out var cx) && long.TryParse((string?)ext.Attribute("cy"), out var cy)
            && cx > 0 && cy > 0
            ? new Box(x, y, cx, cy)
            : null;
    }

    /// <summary>Boxes per slide kind from the chosen layout's placeholders, inherited from the master where the layout has none.</summary>
    private static SlideGeometry Geometry(PresentationPart presentation, IReadOnlyList<LayoutTarget> layouts)
    {
        var size = Load(presentation).Root?.Element(P + "sldSz");
        var width = long.TryParse((string?)size?.Attribute("cx"), out var cx) && cx > 0 ? cx : SlideGeometry.WidescreenWidthEmu;
        var height = long.TryParse((string?)size?.Attribute("cy"), out var cy) && cy > 0 ? cy : SlideGeometry.SlideHeightEmu;
        var builtIn = SlideGeometry.BuiltIn(width * 4 < height * 5 + height / 2 ? SlideSize.Standard4x3 : SlideSize.Widescreen16x9);

        var boxes = new Dictionary<SlideKind, KindBoxes>();
        foreach (var kind in Enum.GetValues<SlideKind>())
        {
            var fallback = Scale(builtIn.For(kind), builtIn, width, height);
            if (layouts.Count == 0)
            {
                boxes[kind] = fallback;
                continue;
            }
            var layout = DeckParts.Choose(layouts, new Slide { Kind = kind });
            var layoutPart = (SlideLayoutPart)SdkPart.Of(layout.Part);
            var layoutShapes = PlaceholderShapes(Load(layoutPart).Root!).ToList();
            var masterShapes = layoutPart.SlideMasterPart is { } master ? PlaceholderShapes(Load(master).Root!).ToList() : [];
            var title = Find(layout.Title, layoutShapes, masterShapes) ?? fallback.Title;
            var body = Find(layout.Body, layoutShapes, masterShapes) ?? fallback.Body;
            boxes[kind] = new KindBoxes(title, body, fallback.Alignment);
        }
        return new SlideGeometry(width, height, boxes);
    }

    private static Box? Find(Placeholder? placeholder, List<PlaceholderShape> layout, List<PlaceholderShape> master)
    {
        if (placeholder is null)
            return null;
        var type = placeholder.Type ?? "obj";
        var own = layout.FirstOrDefault(s => s.Type == type && s.Index == placeholder.Index)?.Box;
        if (own is not null)
            return own;
        // Placeholders inherit position from the master's placeholder of the same family.
        var family = type is "title" or "ctrTitle" ? "title" : "body";
        return master.FirstOrDefault(s => s.Type == family)?.Box;
    }

    private static KindBoxes Scale(KindBoxes boxes, SlideGeometry from, long width, long height)
    {
        Box S(Box b) => new(b.X * width / from.SlideWidth, b.Y * height / from.SlideHeight, b.Width * width / from.SlideWidth, b.Height * height / from.SlideHeight);
        return boxes with { Title = S(boxes.Title), Body = S(boxes.Body) };
    }

    private static XDocument Load(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader);
    }

    private static void Save(OpenXmlPart part, XDocument document)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        PartXml.WriteTo(stream, document.Root!);
    }
}
