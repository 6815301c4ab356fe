namespace SlideGen.Cli;

public sealed class OptionException(string message) : Exception(message);

/// <summary>A small option parser: positionals, flags, and options with one value (-o X, --out X, --out=X).</summary>
public sealed class Options
{
    private readonly Dictionary<string, string?> _named = new(StringComparer.Ordinal);
    public List<string> Positionals { get; } = [];

    public static Options Parse(string[] args, IReadOnlyDictionary<string, string> aliases, ISet<string> flags, ISet<string> valued)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "-" || !arg.StartsWith('-'))
            {
                options.Positionals.Add(arg);
                continue;
            }
            string name = arg;
            string? inline = null;
            var eq = arg.IndexOf('=');
            if (arg.StartsWith("--") && eq > 0) { name = arg[..eq]; inline = arg[(eq + 1)..]; }
            if (aliases.TryGetValue(name, out var canonical)) name = canonical;
            if (flags.Contains(name)) { options._named[name] = null; continue; }
            if (!valued.Contains(name)) throw new OptionException($"unknown option '{arg}'");
            if (inline is null)
            {
                if (i + 1 >= args.Length) throw new OptionException($"option '{arg}' needs a value");
                inline = args[++i];
            }
            options._named[name] = inline;
        }
        return options;
    }

    public bool Has(string name) => _named.ContainsKey(name);
    public string? Get(string name) => _named.TryGetValue(name, out var v) ? v : null;
}
