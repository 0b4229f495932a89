using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Data.Sqlite;

namespace LinkJ.Partnerships.Web.Commands;

/// <summary>
/// <c>backup FILE</c>: a consistent copy of the database, safe while the app runs and writes.
/// <c>restore FILE</c>: checks the copy, then replaces the database; refuses while the app has it open.
/// </summary>
public static class BackupCommand
{
    public static Task<int> BackupAsync(CommandLine command, IServiceProvider services) =>
        RunAsync(command, services, "backup", async (database, file) =>
        {
            await SqliteBackup.BackupAsync(database, file);
            Console.WriteLine($"Backed up {database} to {file} ({new FileInfo(file).Length:N0} bytes); the copy passes the integrity check.");
        });

    public static Task<int> RestoreAsync(CommandLine command, IServiceProvider services) =>
        RunAsync(command, services, "restore", async (database, file) =>
        {
            await SqliteBackup.RestoreAsync(file, database);
            Console.WriteLine($"Restored {database} from {file}; it passes the integrity check.");
        });

    private static async Task<int> RunAsync(CommandLine command, IServiceProvider services, string name, Func<string, string, Task> work)
    {
        var file = command.Positional(0);
        if (string.IsNullOrWhiteSpace(file))
        {
            Console.Error.WriteLine($"Usage: {name} FILE [--database path]");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var database = SqliteDatabase.FilePath(scope.ServiceProvider.GetRequiredService<RegistryDbContext>());
        if (database is null)
        {
            Console.Error.WriteLine($"{name} works on a SQLite database file only.");
            return 2;
        }

        try
        {
            await work(database, Path.GetFullPath(file));
            return 0;
        }
        catch (BackupException exception)
        {
            Console.Error.WriteLine(exception.Message);
            return 1;
        }
    }
}
