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
            layoutPart.Write(MasterXml.Layout(spec, geometry));
            layoutIds.Add(id);
            layouts.Add(new LayoutTarget(layoutPart, spec.Name, spec.Type, spec.Title, spec.Body));
        }
        var theme = master.AddPart(PartKind.Theme, "rId" + (layoutIds.Count + 1));
        PartXml.Write(theme, ThemeXml.Build(deck.Theme));
        master.Write(MasterXml.Master(deck.Theme, geometry, layoutIds));

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
            notesMaster.Write(MasterXml.NotesMaster(deck.Theme));
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

        presentation.Write(Presentation(deck, geometry, slideIds, notesMaster is null ? null : notesMasterId));
        DocumentProperties.WriteCore(package.Root.AddPart(PartKind.CoreProperties, "rId2"), deck);
        DocumentProperties.WriteExtended(package.Root.AddPart(PartKind.ExtendedProperties, "rId3"), deck);
        Thumbnail.Write(package.Root, deck, geometry, "rId4");
        package.WriteTo(output);
    }

    private static byte[] Presentation(Deck deck, SlideGeometry geometry, List<string> slideIds, string? notesMasterId)
    {
        using var xml = new XmlBuilder();
        StartPart(xml, "p:presentation", ("saveSubsetFonts", "1"))
            .Start("p:sldMasterIdLst").Start("p:sldMasterId").Attribute("id", MasterXml.MasterId).Attribute("r:id", "rId1").End().End();
        if (notesMasterId is not null)
            xml.Start("p:notesMasterIdLst").Start("p:notesMasterId").Attribute("r:id", notesMasterId).End().End();
        if (slideIds.Count > 0)
        {
            xml.Start("p:sldIdLst");
            for (var i = 0; i < slideIds.Count; i++)
                xml.Start("p:sldId").Attribute("id", PptxWriter.FirstSlideId + i).Attribute("r:id", slideIds[i]).End();
            xml.End();
        }
        xml.Start("p:sldSz").Attribute("cx", geometry.SlideWidth).Attribute("cy", geometry.SlideHeight);
        if (deck.Theme.Size == SlideSize.Standard4x3)
            xml.Attribute("type", "screen4x3");
        xml.End().Start("p:notesSz").Attribute("cx", 6858000).Attribute("cy", 9144000).End();
        xml.Start("p:defaultTextStyle");
        MasterXml.DefaultParagraphStyle(xml, "1800", deck.Theme.Text, "+mn-lt", "+mn-ea", "+mn-cs");
        return xml.End().End().ToArray();
    }
}
