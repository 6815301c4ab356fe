using SlideGen.Decks;
using static SlideGen.Writing.PartXml;

namespace SlideGen.Writing;

/// <summary>Crop of a picture in thousandths of a percent of each side, as a:srcRect writes it.</summary>
internal readonly record struct Crop(int Left, int Top, int Right, int Bottom);

/// <summary>Writes the shapes of one slide into its XML; ids are unique per slide and assigned in drawing order.</summary>
internal sealed class ShapeTree
{
    private readonly XmlBuilder xml;
    private int nextId = 2;

    public ShapeTree(XmlBuilder xml)
    {
        this.xml = xml;
        ShapeTreeStart(xml.Start("p:spTree"));
    }

    /// <summary>Ends the tree; no shape may be added after it.</summary>
    public void Finish() => xml.End();

    private int NextId() => nextId++;

    private void NonVisual(string element, int id, string name) =>
        xml.Start(element).Start("p:cNvPr").Attribute("id", id).Attribute("name", name);

    public void AddRectangle(string name, Box box, string color, int alphaPercent = 100)
    {
        var id = NextId();
        xml.Start("p:sp");
        NonVisual("p:nvSpPr", id, $"{name} {id - 1}");
        xml.End().Empty("p:cNvSpPr").Empty("p:nvPr").End();
        RectGeometry(Xfrm(xml.Start("p:spPr"), box));
        SolidFill(xml, color, alphaPercent);
        xml.Start("a:ln").Empty("a:noFill").End();
        xml.End().End();
    }

    /// <summary>A text shape: a placeholder of the layout when there is one, else a plain text box.</summary>
    public void AddText(string name, Placeholder? placeholder, Box box, string anchor, Action<XmlBuilder> paragraphs)
    {
        var id = NextId();
        xml.Start("p:sp");
        NonVisual("p:nvSpPr", id, $"{name} {id - 1}");
        xml.End();
        if (placeholder is null)
            xml.Start("p:cNvSpPr").Attribute("txBox", 1).End();
        else
            xml.Start("p:cNvSpPr").Start("a:spLocks").Attribute("noGrp", 1).End().End();
        xml.Start("p:nvPr");
        placeholder?.Write(xml);
        xml.End().End();
        RectGeometry(Xfrm(xml.Start("p:spPr"), box));
        if (placeholder is null)
            xml.Empty("a:noFill");
        xml.End();
        xml.Start("p:txBody");
        Typesetter.BodyProperties(xml, anchor);
        xml.Empty("a:lstStyle");
        paragraphs(xml);
        xml.End().End();
    }

    public void AddPicture(string relationshipId, string description, Box box, Crop? crop = null)
    {
        var id = NextId();
        xml.Start("p:pic");
        NonVisual("p:nvPicPr", id, $"Picture {id - 1}");
        xml.Attribute("descr", Clean(description)).End();
        xml.Start("p:cNvPicPr").Start("a:picLocks").Attribute("noChangeAspect", 1).End().End();
        xml.Empty("p:nvPr").End();
        xml.Start("p:blipFill").Start("a:blip").Attribute("r:embed", relationshipId).End();
        if (crop is { } c)
            xml.Start("a:srcRect").Attribute("l", c.Left).Attribute("t", c.Top).Attribute("r", c.Right).Attribute("b", c.Bottom).End();
        xml.Start("a:stretch").Empty("a:fillRect").End();
        xml.End();
        RectGeometry(Xfrm(xml.Start("p:spPr"), box)).End();
        xml.End();
    }

    /// <summary>A slide number field, which renderers update themselves; the text is the number at writing time.</summary>
    public void AddSlideNumber(Box box, int number, Action<XmlBuilder> runProperties)
    {
        var id = NextId();
        xml.Start("p:sp");
        NonVisual("p:nvSpPr", id, $"Slide Number {id - 1}");
        xml.End().Start("p:cNvSpPr").Attribute("txBox", 1).End().Empty("p:nvPr").End();
        RectGeometry(Xfrm(xml.Start("p:spPr"), box)).Empty("a:noFill").End();
        xml.Start("p:txBody");
        Typesetter.BodyProperties(xml, "ctr");
        xml.Empty("a:lstStyle");
        xml.Start("a:p").Start("a:pPr").Attribute("algn", "r").End();
        xml.Start("a:fld").Attribute("id", SlideNumberFieldId).Attribute("type", "slidenum");
        runProperties(xml);
        xml.Start("a:t").Text(number).End();
        xml.End().End().End().End();
    }

    /// <summary>Field ids only need to be GUIDs; a fixed one keeps output byte-stable.</summary>
    private const string SlideNumberFieldId = "{6E8B5A5C-2F1D-4C39-9A51-5D3E0C7B1A10}";
}
