using System.Xml.Linq;
using SlideGen.Decks;
using static SlideGen.Writing.PartXml;

namespace SlideGen.Writing;

/// <summary>
/// A deck from scratch: one master with PowerPoint's usual layouts, a theme from <see cref="DeckTheme"/>, and
/// relationship ids assigned in a fixed order (master, slides, notes master, theme, properties).
/// </summary>
internal static class BuiltInDeck
{
    public static void Write(Deck deck, Stream output)
    {
        var package = new OpcPackage();
        var geometry = SlideGeometry.BuiltIn(deck.Theme.Size);
        var presentation = package.Root.AddPart(PartKind.Presentation, "rId1");

        var master = presentation.AddPart(PartKind.SlideMaster, "rId1");
        var layoutIds = new List<string>();
        var layouts = new List<LayoutTarget>();
        foreach (var spec in MasterXml.Layouts)
        {
            var id = "rId" + (layoutIds.Count + 1);
            var layoutPart = master.AddPart(PartKind.SlideLayout, id);
            layoutPart.Relate(master, "rId1");
            PartXml.Write(layoutPart, MasterXml.Layout(spec, geometry));
            layoutIds.Add(id);
            layouts.Add(new LayoutTarget(layoutPart, spec.Name, spec.Type, spec.Title, spec.Body));
        }
        var theme = master.AddPart(PartKind.Theme, "rId" + (layoutIds.Count + 1));
        PartXml.Write(theme, ThemeXml.Build(deck.Theme));
        PartXml.Write(master, MasterXml.Master(deck.Theme, geometry, layoutIds));

        var slideCount = deck.Slides.Count;
        var slideIds = Enumerable.Range(2, slideCount).Select(n => "rId" + n).ToList();
        var next = slideCount + 2;
        var notesMasterId = "rId" + next++;
        IPackagePart? notesMaster = null;
        IPackagePart NotesMaster()
        {
            if (notesMaster is not null)
                return notesMaster;
            notesMaster = presentation.AddPart(PartKind.NotesMaster, notesMasterId);
            var notesTheme = notesMaster.AddPart(PartKind.Theme, "rId1");
            PartXml.Write(notesTheme, ThemeXml.Build(deck.Theme));
            PartXml.Write(notesMaster, MasterXml.NotesMaster(deck.Theme));
            return notesMaster;
        }

        var parts = new DeckParts
        {
            Presentation = presentation,
            Layouts = layouts,
            Geometry = geometry,
            IsBuiltIn = true,
            Typesetter = new Typesetter(deck, explicitFonts: true, deck.Theme.EastAsianFont),
            NotesMaster = NotesMaster,
            SlideRelationshipIds = slideIds,
        };
        new SlideWriter(parts, deck).WriteAll();

        presentation.Relate(theme, "rId" + next++);
        PartXml.Write(presentation.AddPart(PartKind.PresentationProperties, "rId" + next++), new XElement(P + "presentationPr"));
        PartXml.Write(presentation.AddPart(PartKind.ViewProperties, "rId" + next++), new XElement(P + "viewPr"));
        PartXml.Write(presentation.AddPart(PartKind.TableStyles, "rId" + next),
            new XElement(A + "tblStyleLst", new XAttribute("def", "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}")));

        PartXml.Write(presentation, Presentation(deck, geometry, slideIds, notesMaster is null ? null : notesMasterId));
        DocumentProperties.WriteCore(package.Root.AddPart(PartKind.CoreProperties, "rId2"), deck);
        DocumentProperties.WriteExtended(package.Root.AddPart(PartKind.ExtendedProperties, "rId3"), deck);
        Thumbnail.Write(package.Root, deck, geometry, "rId4");
        package.WriteTo(output);
    }

    private static XElement Presentation(Deck deck, SlideGeometry geometry, List<string> slideIds, string? notesMasterId)
    {
        var root = new XElement(P + "presentation", new XAttribute("saveSubsetFonts", 1),
            new XElement(P + "sldMasterIdLst",
                new XElement(P + "sldMasterId", new XAttribute("id", MasterXml.MasterId), new XAttribute(R + "id", "rId1"))));
        if (notesMasterId is not null)
            root.Add(new XElement(P + "notesMasterIdLst", new XElement(P + "notesMasterId", new XAttribute(R + "id", notesMasterId))));
        if (slideIds.Count > 0)
            root.Add(new XElement(P + "sldIdLst", slideIds.Select((id, i) =>
                new XElement(P + "sldId", new XAttribute("id", PptxWriter.FirstSlideId + i), new XAttribute(R + "id", id)))));
        var size = new XElement(P + "sldSz", new XAttribute("cx", geometry.SlideWidth), new XAttribute("cy", geometry.SlideHeight));
        if (deck.Theme.Size == SlideSize.Standard4x3)
            size.Add(new XAttribute("type", "screen4x3"));
        root.Add(size, new XElement(P + "notesSz", new XAttribute("cx", 6858000), new XAttribute("cy", 9144000)));
        root.Add(new XElement(P + "defaultTextStyle",
            new XElement(A + "lvl1pPr", new XAttribute("marL", 0), new XAttribute("algn", "l"), new XAttribute("defTabSz", 914400),
                new XAttribute("rtl", 0), new XAttribute("eaLnBrk", 1), new XAttribute("latinLnBrk", 0), new XAttribute("hangingPunct", 1),
                new XElement(A + "defRPr", new XAttribute("sz", 1800), new XAttribute("kern", 1200),
                    SolidFill(deck.Theme.Text),
                    new XElement(A + "latin", new XAttribute("typeface", "+mn-lt")),
                    new XElement(A + "ea", new XAttribute("typeface", "+mn-ea")),
                    new XElement(A + "cs", new XAttribute("typeface", "+mn-cs"))))));
        return root;
    }
}
