using System.IO.Compression;
using System.Xml.Linq;

namespace SlideGen.Writing;

/// <summary>
/// A package the writer builds itself and zips once, in a fixed order. A built-in deck is wholly the writer's own,
/// so it needs none of what a general packaging library does (reading, editing, validating names), and going
/// through one cost a deck several times the work of the slides: its parts were written to a package in memory,
/// then read back and zipped again to make the bytes stable.
/// </summary>
internal sealed class OpcPackage
{
    private static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly List<OpcPart> parts = [];
    private readonly Dictionary<string, int> lastNumbers = new(StringComparer.Ordinal);

    public OpcPackage() => Root = new OpcPart(this, name: "", kind: null);

    /// <summary>The package itself, whose relationships (_rels/.rels) lead to the main part and the properties.</summary>
    public OpcPart Root { get; }

    internal OpcPart Create(PartKind kind)
    {
        var info = PartKinds.Of(kind);
        var name = $"{info.Folder}/{info.Stem}.{info.Extension}";
        if (info.Numbered)
        {
            var key = info.Folder + "/" + info.Stem;
            var number = lastNumbers.GetValueOrDefault(key) + 1;
            lastNumbers[key] = number;
            name = $"{info.Folder}/{info.Stem}{number}.{info.Extension}";
        }
        else if (parts.Any(p => p.Name == name))
        {
            throw new InvalidOperationException($"the package already has {name}");
        }
        var part = new OpcPart(this, name, kind);
        parts.Add(part);
        return part;
    }

    /// <summary>Reused by each thread: a batch writes many decks, and a new buffer per deck grew through the large object heap.</summary>
    [ThreadStatic]
    private static MemoryStream? reusableZip;

    private const int LargestKeptBuffer = 16 * 1024 * 1024;

    /// <summary>The zip: content types, the package relationships, then every part and its relationships by name.</summary>
    public void WriteTo(Stream output)
    {
        // Zipped in memory whatever the output: into a stream that cannot seek, ZipArchive would write other bytes.
        var zip = reusableZip ?? new MemoryStream();
        reusableZip = null;
        try
        {
            zip.SetLength(0);
            // Grown once to about the deck's size rather than by doubling from nothing: a long speech makes megabytes.
            zip.Capacity = Math.Max(zip.Capacity, EstimatedSize());
            Zip(zip);
            output.Write(zip.GetBuffer(), 0, (int)zip.Length);
        }
        finally
        {
            if (zip.Capacity <= LargestKeptBuffer)
                reusableZip = zip;
        }
    }

    /// <summary>Pictures as they are, XML at about the half deflate leaves of it at the fast level.</summary>
    private int EstimatedSize() => (int)Math.Min(int.MaxValue / 2, 64 * 1024 + parts.Sum(p => (long)p.ContentLength));

    private void Zip(MemoryStream buffer)
    {
        var entries = new List<(string Name, Action<Stream> Write)>();
        foreach (var part in parts)
        {
            entries.Add((part.Name, part.WriteContent));
            if (part.Relationships.Count > 0)
                entries.Add((RelationshipsName(part.Name), stream => WriteRelationships(stream, part)));
        }
        entries.Sort((x, y) => string.CompareOrdinal(x.Name, y.Name));

        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            DeterministicZip.AddEntry(zip, "[Content_Types].xml", WriteContentTypes);
            DeterministicZip.AddEntry(zip, "_rels/.rels", stream => WriteRelationships(stream, Root));
            foreach (var (name, write) in entries)
                DeterministicZip.AddEntry(zip, name, write);
        }
    }

    private static string RelationshipsName(string partName)
    {
        var slash = partName.LastIndexOf('/');
        return $"{partName[..(slash + 1)]}_rels/{partName[(slash + 1)..]}.rels";
    }

    private void WriteContentTypes(Stream stream)
    {
        var root = new XElement(ContentTypes + "Types",
            new XElement(ContentTypes + "Default", new XAttribute("Extension", "rels"), new XAttribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml")),
            new XElement(ContentTypes + "Default", new XAttribute("Extension", "xml"), new XAttribute("ContentType", "application/xml")));
        // Pictures are typed by extension, every XML part by name, as PowerPoint writes them.
        foreach (var info in parts.Select(p => PartKinds.Of(p.Kind!.Value)).Where(i => i.Extension != "xml").DistinctBy(i => i.Extension).OrderBy(i => i.Extension, StringComparer.Ordinal))
            root.Add(new XElement(ContentTypes + "Default", new XAttribute("Extension", info.Extension), new XAttribute("ContentType", info.ContentType)));
        foreach (var part in parts.Where(p => p.Name.EndsWith(".xml", StringComparison.Ordinal)).OrderBy(p => p.Name, StringComparer.Ordinal))
            root.Add(new XElement(ContentTypes + "Override", new XAttribute("PartName", "/" + part.Name), new XAttribute("ContentType", PartKinds.Of(part.Kind!.Value).ContentType)));
        PartXml.WriteTo(stream, root);
    }

    private static void WriteRelationships(Stream stream, OpcPart source)
    {
        var root = new XElement(Relationships + "Relationships",
            source.Relationships.Select(r => new XElement(Relationships + "Relationship",
                new XAttribute("Id", r.Id),
                new XAttribute("Type", PartKinds.Of(r.Target.Kind!.Value).RelationshipType),
                new XAttribute("Target", RelativeTarget(source.Name, r.Target.Name)))));
        PartXml.WriteTo(stream, root);
    }

    /// <summary>The target's name as seen from the source part's folder, as PowerPoint writes relationship targets.</summary>
    internal static string RelativeTarget(string source, string target)
    {
        // Folders both names share, whole segments only: "ppt/slides/" against "ppt/slideLayouts/" shares "ppt/".
        var sourceFolder = source.AsSpan(0, source.LastIndexOf('/') + 1);
        var common = 0;
        for (var i = 0; i < sourceFolder.Length && i < target.Length && sourceFolder[i] == target[i]; i++)
            if (sourceFolder[i] == '/')
                common = i + 1;
        var up = sourceFolder[common..].Count('/');
        return up == 0 ? target[common..] : string.Concat(string.Concat(Enumerable.Repeat("../", up)), target.AsSpan(common));
    }
}

/// <summary>A part of an <see cref="OpcPackage"/>: its name, its relationships in the order they were made, and its content.</summary>
internal sealed class OpcPart : IPackagePart
{
    private readonly OpcPackage package;
    private XElement? xml;
    private byte[]? bytes;

    internal OpcPart(OpcPackage package, string name, PartKind? kind)
    {
        this.package = package;
        Name = name;
        Kind = kind;
    }

    /// <summary>The part's name without the leading slash, as the zip entry is named.</summary>
    public string Name { get; }

    /// <summary>Null for the package root, which has relationships but no content.</summary>
    public PartKind? Kind { get; }

    internal List<(string Id, OpcPart Target)> Relationships { get; } = [];

    private readonly HashSet<string> relationshipIds = new(StringComparer.Ordinal);

    public IPackagePart AddPart(PartKind kind, string relationshipId)
    {
        var part = package.Create(kind);
        Relate(part, relationshipId);
        return part;
    }

    public void Relate(IPackagePart target, string relationshipId)
    {
        if (!relationshipIds.Add(relationshipId))
            throw new InvalidOperationException($"{(Name.Length == 0 ? "the package" : Name)} already has a relationship {relationshipId}");
        Relationships.Add((relationshipId, (OpcPart)target));
    }

    /// <summary>About the bytes the part takes in the zip (a guess for XML trees, which are serialised while zipping).</summary>
    internal int ContentLength => bytes is null ? 4096 : Name.EndsWith(".xml", StringComparison.Ordinal) ? bytes.Length / 2 : bytes.Length;

    public void Write(XElement root) => (xml, bytes) = (root, null);

    public void Write(byte[] content) => (xml, bytes) = (null, content);

    internal void WriteContent(Stream stream)
    {
        if (xml is not null)
            PartXml.WriteTo(stream, xml);
        else if (bytes is not null)
            stream.Write(bytes);
        else
            throw new InvalidOperationException($"{Name} was never written");
    }
}
