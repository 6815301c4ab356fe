using SlideGen.Diagnostics;

namespace SlideGen.Planning;

/// <summary>
/// Resolves file names a template mentions, so that a template reads only its own folder:
/// no rooted paths, no "..", and no symbolic link (of the file or of a folder on the way) that leads outside.
/// </summary>
public static class TemplateFiles
{
    private const int MaxLinkHops = 32;

    /// <summary>The full path of <paramref name="relativePath"/> inside <paramref name="folder"/>, or a template error.</summary>
    /// <param name="mentionedIn">The file that names the path, for the error's position.</param>
    public static string Resolve(string folder, string relativePath, SourcePosition mentionedIn)
    {
        if (relativePath.Length == 0)
            throw Error(mentionedIn, "a file name is empty");
        if (Path.IsPathRooted(relativePath) || relativePath.Contains(':'))
            throw Error(mentionedIn, $"'{relativePath}' is an absolute path; name a file inside the template folder");
        var parts = relativePath.Split('/', '\\');
        if (parts.Any(part => part == ".."))
            throw Error(mentionedIn, $"'{relativePath}' leaves the template folder; name a file inside it");

        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, Path.Combine(parts)));
        if (!IsInside(full, root))
            throw Error(mentionedIn, $"'{relativePath}' leaves the template folder; name a file inside it");
        if (File.Exists(full) || Directory.Exists(full))
        {
            if (!IsInside(RealPath(full), RealPath(root)))
                throw Error(mentionedIn, $"'{relativePath}' is a link that leads outside the template folder");
        }
        return full;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> itself or below it.</summary>
    public static bool IsInside(string path, string folder)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        return path == trimmed
            || path.StartsWith(trimmed + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>The path with every symbolic link along it followed, like realpath(3).</summary>
    public static string RealPath(string path)
    {
        var hops = 0;
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var pending = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        var current = root;
        while (pending.Count > 0)
        {
            var next = Path.Combine(current, pending.Dequeue());
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++hops > MaxLinkHops) return next; // a link cycle; the caller's inside-check still decides
                var resolved = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target));
                var resolvedRoot = Path.GetPathRoot(resolved) ?? "/";
                var rest = pending.ToArray();
                pending = new Queue<string>(resolved[resolvedRoot.Length..]
                    .Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
                current = resolvedRoot;
                continue;
            }
            current = next;
        }
        return current;
    }

    private static SlideGenException Error(SourcePosition position, string problem) =>
        new(position, problem, ExitCodes.TemplateError);
}
