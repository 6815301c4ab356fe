using SlideGen.Decks;
using static SlideGen.Writing.PartXml;

namespace SlideGen.Writing;

/// <summary>Writes each slide of a fitted deck, with its pictures and speaker notes, into the package.</summary>
internal sealed class SlideWriter
{
    private const string MutedText = "6B7280";
    private const double SlideNumberSize = 12;
    private const double NotesSize = 12;

    private readonly DeckParts parts;
    private readonly Deck deck;
    private readonly DeckTheme theme;
    private readonly Dictionary<SlideImage, IPackagePart> imageParts = new(ReferenceEqualityComparer.Instance);

    public SlideWriter(DeckParts parts, Deck deck)
    {
        this.parts = parts;
        this.deck = deck;
        theme = deck.Theme;
    }

    private SlideGeometry Geometry => parts.Geometry;
    private Typesetter Typesetter => parts.Typesetter;
    private bool BuiltIn => parts.IsBuiltIn;

    public void WriteAll()
    {
        for (var index = 0; index < deck.Slides.Count; index++)
        {
            var slide = deck.Slides[index];
            var slidePart = parts.Presentation.AddPart(PartKind.Slide, parts.SlideRelationshipIds[index]);
            var layout = DeckParts.Choose(parts.Layouts, slide);
            slidePart.Relate(layout.Part, "rId1");
            var relationships = new RelationshipIds(2);
            using (var xml = new XmlBuilder())
            {
                StartPart(xml, "p:sld").Start("p:cSld");
                if (BuiltIn)
                {
                    SolidFill(xml.Start("p:bg").Start("p:bgPr"), IsEmphasis(slide) ? theme.EmphasisBackground : theme.Background);
                    xml.Empty("a:effectLst").End().End();
                }
                var tree = new ShapeTree(xml);
                DrawBackground(slidePart, relationships, tree, slide);
                DrawTitle(tree, layout, slide);
                DrawBody(tree, layout, slide);
                DrawContentImages(slidePart, relationships, tree, slide);
                DrawFooter(slidePart, relationships, tree, slide, index + 1);
                tree.Finish();
                xml.End().Start("p:clrMapOvr").Empty("a:masterClrMapping").End().End();
                slidePart.Write(xml.ToArray());
            }

            if (!string.IsNullOrWhiteSpace(slide.Notes))
                WriteNotes(slidePart, relationships.Next(), slide.Notes);
        }
    }

    private static bool IsEmphasis(Slide slide) => slide.Kind is SlideKind.Title or SlideKind.Section or SlideKind.Closing;

    private string TitleColor(Slide slide) => IsEmphasis(slide) ? theme.EmphasisText : theme.Title;

    private string BodyColor(Slide slide) => IsEmphasis(slide) ? theme.EmphasisText : theme.Text;

    private void DrawBackground(IPackagePart slidePart, RelationshipIds relationships, ShapeTree tree, Slide slide)
    {
        var image = slide.Images.FirstOrDefault(i => i.Role == ImageRole.Background) ?? theme.BackgroundImage;
        var whole = new Box(0, 0, Geometry.SlideWidth, Geometry.SlideHeight);
        if (image is not null)
        {
            tree.AddPicture(AddImage(slidePart, relationships, image), image.Name, whole, CoverCrop(image, whole));
            // A veil in the slide's own background colour keeps text readable over any photograph.
            if (BuiltIn)
                tree.AddRectangle("Background Veil", whole, IsEmphasis(slide) ? theme.EmphasisBackground : theme.Background, IsEmphasis(slide) ? 80 : 85);
        }
        if (!BuiltIn)
            return;

        switch (slide.Kind)
        {
            case SlideKind.Content or SlideKind.Agenda:
                tree.AddRectangle("Title Rule", Geometry.TitleRule(slide.Kind), theme.Accent, 35);
                tree.AddRectangle("Title Accent", Geometry.TitleRuleAccent(slide.Kind), theme.Accent);
                break;
            case SlideKind.Title or SlideKind.Closing:
            {
                var title = Geometry.For(slide.Kind).Title;
                var width = 1097280L;
                tree.AddRectangle("Accent Bar", new Box(title.X + (title.Width - width) / 2, title.Bottom + 91440, width, 54864), theme.Accent2);
                break;
            }
            case SlideKind.Section:
            {
                var title = Geometry.For(slide.Kind).Title;
                var height = 1188720L;
                tree.AddRectangle("Accent Bar", new Box(title.X - 228600, title.Bottom - height, 82296, height), theme.Accent2);
                break;
            }
        }
    }

    private void DrawTitle(ShapeTree tree, LayoutTarget layout, Slide slide)
    {
        var boxes = Geometry.For(slide.Kind);
        var size = slide.TitleFontSize ?? (IsEmphasis(slide) ? DeckFitter.CoverTitleSizes[0] : DeckFitter.TitleSizes[0]);
        tree.AddText("Title", layout.Title, boxes.Title, MasterXml.TitleAnchor, xml => Typesetter.Paragraph(xml, slide.Title,
            new ParagraphFormat(size, boxes.Alignment),
            new RunFormat(size, BuiltIn ? TitleColor(slide) : null, Bold: BuiltIn, Heading: true)));
    }

    private void DrawBody(ShapeTree tree, LayoutTarget layout, Slide slide)
    {
        if (slide.Kind is SlideKind.Content or SlideKind.Agenda)
        {
            if (slide.Bullets.Count == 0)
                return;
            var box = Geometry.Body(slide.Kind, besideImage: DeckFitter.HasContentImages(slide));
            tree.AddText("Content", layout.Body, box, "t", xml => BulletParagraphs(xml, slide));
            return;
        }

        var lines = DeckFitter.CoverLines(slide);
        if (lines.Count == 0)
            return;
        var boxes = Geometry.For(slide.Kind);
        var size = slide.BodyFontSize ?? DeckFitter.SubtitleSizes[0];
        tree.AddText("Subtitle", layout.Body, boxes.Body, "t", xml =>
        {
            for (var i = 0; i < lines.Count; i++)
                Typesetter.Paragraph(xml, lines[i],
                    new ParagraphFormat(size, boxes.Alignment, SpaceBefore: i == 0 ? 0 : size * SlideGeometry.ParagraphGap),
                    new RunFormat(size, BuiltIn ? BodyColor(slide) : null));
        });
    }

    private void BulletParagraphs(XmlBuilder xml, Slide slide)
    {
        var bodySize = slide.BodyFontSize ?? DeckFitter.BodySizes[0];
        var numbered = slide.Kind == SlideKind.Agenda;
        var number = slide.FirstNumber;
        for (var i = 0; i < slide.Bullets.Count; i++)
        {
            var bullet = slide.Bullets[i];
            var size = SlideGeometry.LevelFontSize(bodySize, bullet.Level);
            var margin = numbered ? SlideGeometry.NumberedMargin : SlideGeometry.BulletMargin(bullet.Level);
            var kind = numbered && bullet.Level == 0 ? BulletKind.Number : BulletKind.Character;
            var format = new ParagraphFormat(size,
                Bullet: kind,
                Level: numbered ? 0 : bullet.Level,
                MarginLeft: margin,
                Indent: -(numbered ? SlideGeometry.NumberedMargin : SlideGeometry.BulletHanging),
                StartAt: number,
                SpaceBefore: i == 0 ? 0 : size * SlideGeometry.ParagraphGapFor(slide.Kind),
                BulletColor: BuiltIn ? theme.Accent : null);
            if (kind == BulletKind.Number)
                number++;
            var color = BuiltIn ? (bullet.Emphasis ? theme.Title : theme.Text) : null;
            Typesetter.Paragraph(xml, bullet.Text, format, new RunFormat(size, color, Bold: bullet.Emphasis));
        }
    }

    private void DrawContentImages(IPackagePart slidePart, RelationshipIds relationships, ShapeTree tree, Slide slide)
    {
        foreach (var (image, cell) in Geometry.ContentImageCells(slide))
            tree.AddPicture(AddImage(slidePart, relationships, image), image.Name, Contain(image, cell, centre: true));
    }

    private void DrawFooter(IPackagePart slidePart, RelationshipIds relationships, ShapeTree tree, Slide slide, int number)
    {
        var logo = slide.Images.FirstOrDefault(i => i.Role == ImageRole.Logo) ?? theme.Logo;
        if (logo is not null)
            tree.AddPicture(AddImage(slidePart, relationships, logo), logo.Name, Contain(logo, Geometry.LogoArea, centre: false));
        if (BuiltIn && slide.Kind is not (SlideKind.Title or SlideKind.Closing))
        {
            var color = slide.Kind == SlideKind.Section ? theme.EmphasisText : MutedText;
            tree.AddSlideNumber(Geometry.SlideNumber, number,
                xml => Typesetter.RunProperties(xml, number.ToString(System.Globalization.CultureInfo.InvariantCulture), new RunFormat(SlideNumberSize, color)));
        }
    }

    private string AddImage(IPackagePart slidePart, RelationshipIds relationships, SlideImage image)
    {
        var id = relationships.Next();
        if (imageParts.TryGetValue(image, out var existing))
        {
            slidePart.Relate(existing, id);
            return id;
        }
        var part = slidePart.AddPart(image.ContentType == "image/jpeg" ? PartKind.JpegImage : PartKind.PngImage, id);
        part.Write(image.Bytes);
        imageParts[image] = part;
        return id;
    }

    /// <summary>The largest box with the image's aspect ratio inside <paramref name="cell"/>.</summary>
    internal static Box Contain(SlideImage image, Box cell, bool centre)
    {
        var aspect = image.PixelWidth / (double)Math.Max(1, image.PixelHeight);
        var width = cell.Width;
        var height = (long)(width / aspect);
        if (height > cell.Height)
        {
            height = cell.Height;
            width = (long)(height * aspect);
        }
        var x = centre ? cell.X + (cell.Width - width) / 2 : cell.X;
        return new Box(x, cell.Y + (cell.Height - height) / 2, width, height);
    }

    /// <summary>Crops the image to the box's aspect ratio, evenly on both sides, so that it covers the box.</summary>
    internal static Crop CoverCrop(SlideImage image, Box box)
    {
        var imageAspect = image.PixelWidth / (double)Math.Max(1, image.PixelHeight);
        var boxAspect = box.Width / (double)Math.Max(1, box.Height);
        if (imageAspect > boxAspect)
        {
            var side = (int)Math.Round((1 - boxAspect / imageAspect) / 2 * 100000);
            return new Crop(side, 0, side, 0);
        }
        var band = (int)Math.Round((1 - imageAspect / boxAspect) / 2 * 100000);
        return new Crop(0, band, 0, band);
    }

    private void WriteNotes(IPackagePart slidePart, string relationshipId, string notes)
    {
        var notesPart = slidePart.AddPart(PartKind.NotesSlide, relationshipId);
        notesPart.Relate(parts.NotesMaster(), "rId1");
        notesPart.Relate(slidePart, "rId2");
        using var xml = new XmlBuilder();
        StartPart(xml, "p:notes").Start("p:cSld");
        ShapeTreeStart(xml.Start("p:spTree"));
        xml.Start("p:sp").Start("p:nvSpPr")
            .Start("p:cNvPr").Attribute("id", 2).Attribute("name", "Slide Image Placeholder 1").End()
            .Start("p:cNvSpPr").Start("a:spLocks").Attribute("noGrp", 1).Attribute("noRot", 1).Attribute("noChangeAspect", 1).End().End()
            .Start("p:nvPr");
        new Placeholder("sldImg", null).Write(xml);
        xml.End().End().Empty("p:spPr").End();
        xml.Start("p:sp").Start("p:nvSpPr")
            .Start("p:cNvPr").Attribute("id", 3).Attribute("name", "Notes Placeholder 2").End()
            .Start("p:cNvSpPr").Start("a:spLocks").Attribute("noGrp", 1).End().End()
            .Start("p:nvPr");
        new Placeholder("body", 1).Write(xml);
        xml.End().End().Empty("p:spPr");
        xml.Start("p:txBody").Empty("a:bodyPr").Empty("a:lstStyle");
        foreach (var line in notes.Replace("\r\n", "\n").Split('\n'))
            Typesetter.Paragraph(xml, line.Trim(), new ParagraphFormat(NotesSize), new RunFormat(NotesSize, null));
        xml.End().End();
        xml.End().End().Start("p:clrMapOvr").Empty("a:masterClrMapping").End().End();
        notesPart.Write(xml.ToArray());
    }

    /// <summary>Relationship ids of one slide part, assigned in drawing order.</summary>
    private sealed class RelationshipIds(int first)
    {
        private int next = first;
        public string Next() => "rId" + next++;
    }
}
