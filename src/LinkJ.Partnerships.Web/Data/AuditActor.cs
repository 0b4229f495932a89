namespace LinkJ.Partnerships.Web.Data;

/// <summary>Names the actor for changes made outside a request: start-up, the seed, command-line tools.</summary>
public static class AuditActor
{
    private static readonly AsyncLocal<string?> CurrentName = new();

    public static string? Current => CurrentName.Value;

    public static IDisposable As(string name)
    {
        var previous = CurrentName.Value;
        CurrentName.Value = name;
        return new Restore(() => CurrentName.Value = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
