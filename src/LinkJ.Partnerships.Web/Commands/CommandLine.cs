using LinkJ.Partnerships.Web.Infrastructure.Startup;

namespace LinkJ.Partnerships.Web.Commands;

/// <summary>
/// The app doubles as its own admin tool: <c>dotnet run -- seed</c>, <c>-- users add ...</c>.
/// Arguments that start with an option (<c>--urls=...</c>, <c>--environment Production</c>) go to the web host as
/// usual; any other first word must be a command, so a misspelt one stops with a message instead of starting the site.
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
        ["import-release"] = ImportReleaseCommand.RunAsync,
        ["reminders"] = RemindersCommand.RunAsync,
    };

    /// <summary>Configuration comes from appsettings and the environment; only <c>--database path</c> overrides it.</summary>
    public string[] HostArgs => Option("--database") is { } path ? [$"--ConnectionStrings:Partnerships=Data Source={path}"] : [];

    public static CommandLine? Parse(string[] args)
    {
        if (args.Length == 0 || IsHostArgument(args[0]))
        {
            return null;
        }

        return Commands.ContainsKey(args[0])
            ? new CommandLine(args[0], args[1..])
            : throw new OperatorError($"Unknown command \"{args[0]}\": the commands are {string.Join(", ", Commands.Keys)}, or none (only options such as --urls) to run the site.");
    }

    /// <summary>The forms the host's command-line configuration reads: <c>--key</c>, <c>-k</c>, <c>/key</c> and <c>key=value</c>.</summary>
    private static bool IsHostArgument(string argument) =>
        argument.StartsWith('-') || argument.StartsWith('/') || argument.Contains('=', StringComparison.Ordinal);

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
