using System.Xml.Linq;
using SlideGen.Decks;
using static SlideGen.Writing.PartXml;

namespace SlideGen.Writing;

/// <summary>Crop of a picture in thousandths of a percent of each side, as a:srcRect writes it.</summary>
internal readonly record struct Crop(int Left, int Top, int Right, int Bottom);

/// <summary>Collects the shapes of one slide; ids are unique per slide and assigned in drawing order.</summary>
internal sealed class ShapeTree
{
    private int nextId = 2;

    public XElement Element { get; } = new(P + "spTree", ShapeTreeStart());

    private int NextId() => nextId++;

    public void AddRectangle(string name, Box box, string color, int alphaPercent = 100)
    {
        var fill = Srgb(color);
        if (alphaPercent < 100)
            fill.Add(new XElement(A + "alpha", new XAttribute("val", alphaPercent * 1000)));
        var id = NextId();
        Element.Add(new XElement(P + "sp",
            new XElement(P + "nvSpPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", $"{name} {id - 1}")),
                new XElement(P + "cNvSpPr"),
                new XElement(P + "nvPr")),
            new XElement(P + "spPr", Xfrm(box), RectGeometry(), new XElement(A + "solidFill", fill), new XElement(A + "ln", new XElement(A + "noFill")))));
    }

    /// <summary>A text shape: a placeholder of the layout when there is one, else a plain text box.</summary>
    public void AddText(string name, Placeholder? placeholder, Box box, string anchor, IEnumerable<XElement> paragraphs)
    {
        var id = NextId();
        var nonVisual = placeholder is null
            ? new XElement(P + "cNvSpPr", new XAttribute("txBox", 1))
            : new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", 1)));
        var properties = new XElement(P + "spPr", Xfrm(box), RectGeometry());
        if (placeholder is null)
            properties.Add(new XElement(A + "noFill"));
        Element.Add(new XElement(P + "sp",
            new XElement(P + "nvSpPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", $"{name} {id - 1}")),
                nonVisual,
                new XElement(P + "nvPr", placeholder?.ToXml())),
            properties,
            new XElement(P + "txBody", Typesetter.BodyProperties(anchor), new XElement(A + "lstStyle"), paragraphs)));
    }

    public void AddPicture(string relationshipId, string description, Box box, Crop? crop = null)
    {
        var id = NextId();
        var blipFill = new XElement(P + "blipFill", new XElement(A + "blip", new XAttribute(R + "embed", relationshipId)));
        if (crop is { } c)
            blipFill.Add(new XElement(A + "srcRect", new XAttribute("l", c.Left), new XAttribute("t", c.Top), new XAttribute("r", c.Right), new XAttribute("b", c.Bottom)));
        blipFill.Add(new XElement(A + "stretch", new XElement(A + "fillRect")));
        Element.Add(new XElement(P + "pic",
            new XElement(P + "nvPicPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", $"Picture {id - 1}"), new XAttribute("descr", Clean(description))),
                new XElement(P + "cNvPicPr", new XElement(A + "picLocks", new XAttribute("noChangeAspect", 1))),
                new XElement(P + "nvPr")),
            blipFill,
            new XElement(P + "spPr", Xfrm(box), RectGeometry())));
    }

    /// <summary>A slide number field, which renderers update themselves; the text is the number at writing time.</summary>
    public void AddSlideNumber(Box box, int number, XElement runProperties)
    {
        var id = NextId();
        Element.Add(new XElement(P + "sp",
            new XElement(P + "nvSpPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", $"Slide Number {id - 1}")),
                new XElement(P + "cNvSpPr", new XAttribute("txBox", 1)),
                new XElement(P + "nvPr")),
            new XElement(P + "spPr", Xfrm(box), RectGeometry(), new XElement(A + "noFill")),
            new XElement(P + "txBody", Typesetter.BodyProperties("ctr"), new XElement(A + "lstStyle"),
                new XElement(A + "p",
                    new XElement(A + "pPr", new XAttribute("algn", "r")),
                    new XElement(A + "fld", new XAttribute("id", SlideNumberFieldId), new XAttribute("type", "slidenum"),
                        runProperties, new XElement(A + "t", number))))));
    }

    /// <summary>Field ids only need to be GUIDs; a fixed one keeps output byte-stable.</summary>
    private const string SlideNumberFieldId = "{6E8B5A5C-2F1D-4C39-9A51-5D3E0C7B1A10}";
}
