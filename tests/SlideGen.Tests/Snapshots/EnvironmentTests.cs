namespace SlideGen.Tests.Snapshots;

/// <summary>Tests that set process environment variables run alone, so no other test sees their values.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentTests
{
    public const string Name = "Snapshots: environment variables";
}

/// <summary>Sets an environment variable for the life of the object and restores the old value.</summary>
internal sealed class EnvironmentVariable : IDisposable
{
    private readonly string _name;
    private readonly string? _old;

    public EnvironmentVariable(string name, string? value)
    {
        _name = name;
        _old = Environment.GetEnvironmentVariable(name);
        Environment.SetEnvironmentVariable(name, value);
    }

    public void Dispose() => Environment.SetEnvironmentVariable(_name, _old);
}
