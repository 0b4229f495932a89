using LinkJ.Partnerships.Web.Data;

namespace LinkJ.Partnerships.Web.Commands;

/// <summary>
/// <c>backup FILE</c>: a consistent copy of the database, safe while the app runs and writes.
/// <c>restore FILE</c>: checks the copy, then replaces the database; refuses while the app has it open.
/// How is the database's own business (a file copy on SQLite, pg_dump on PostgreSQL).
/// </summary>
public static class BackupCommand
{
    public static Task<int> BackupAsync(CommandLine command, IServiceProvider services) =>
        RunAsync(command, services, "backup", (database, db, file) => database.BackupAsync(db, file, CancellationToken.None));

    public static Task<int> RestoreAsync(CommandLine command, IServiceProvider services) =>
        RunAsync(command, services, "restore", (database, db, file) => database.RestoreAsync(db, file, CancellationToken.None));

    private static async Task<int> RunAsync(CommandLine command, IServiceProvider services, string name, Func<IRegistryDatabase, RegistryDbContext, string, Task<string>> work)
    {
        var file = command.Positional(0);
        if (string.IsNullOrWhiteSpace(file))
        {
            Console.Error.WriteLine($"Usage: {name} FILE [--database path]");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        try
        {
            Console.WriteLine(await work(RegistryDatabase.Of(db), db, Path.GetFullPath(file)));
            return 0;
        }
        catch (BackupException exception)
        {
            Console.Error.WriteLine(exception.Message);
            return 1;
        }
    }
}
