namespace LinkJ.Partnerships.Web.Commands;

/// <summary>
/// The app doubles as its own admin tool: <c>dotnet run -- seed</c>, <c>-- users add ...</c>.
/// Without a known command word, the arguments go to the web host as usual.
/// </summary>
public sealed record CommandLine(string Name, IReadOnlyList<string> Arguments)
{
    private static readonly Dictionary<string, Func<CommandLine, IServiceProvider, Task<int>>> Commands = new(StringComparer.Ordinal)
    {
        ["seed"] = SeedCommand.RunAsync,
        ["users"] = UsersCommand.RunAsync,
        ["generate"] = GenerateCommand.RunAsync,
        ["backup"] = BackupCommand.BackupAsync,
        ["restore"] = BackupCommand.RestoreAsync,
    };

    /// <summary>Configuration comes from appsettings and the environment; only <c>--database path</c> overrides it.</summary>
    public string[] HostArgs => Option("--database") is { } path ? [$"--ConnectionStrings:Partnerships=Data Source={path}"] : [];

    public static CommandLine? Parse(string[] args) =>
        args.Length > 0 && Commands.ContainsKey(args[0]) ? new CommandLine(args[0], args[1..]) : null;

    public Task<int> RunAsync(IServiceProvider services) => Commands[Name](this, services);

    /// <summary>The value after <paramref name="name"/> ("--email x"), or null.</summary>
    public string? Option(string name)
    {
        var index = Arguments.ToList().IndexOf(name);
        return index >= 0 && index + 1 < Arguments.Count ? Arguments[index + 1] : null;
    }

    public string? Positional(int index) =>
        Arguments.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ElementAtOrDefault(index);
}
