using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LinkJ.Partnerships.Web.Data.Postgres;

/// <summary>
/// <c>backup</c> and <c>restore</c> on PostgreSQL wrap the server's own tools: <c>pg_dump --format=custom</c> (one
/// snapshot, safe while the app writes) and <c>pg_restore --clean --single-transaction</c>. Without the tools they
/// refuse in one sentence. The password goes to them through the environment, never the command line.
/// </summary>
internal static class PostgresBackup
{
    public static async Task<string> BackupAsync(RegistryDbContext db, string file, CancellationToken cancellationToken)
    {
        if (File.Exists(file))
        {
            throw new BackupException($"{file} already exists; choose a new file name.");
        }

        var server = Server(db);
        await RunAsync("pg_dump", server, ["--format=custom", "--no-owner", "--file", Path.GetFullPath(file)], cancellationToken);
        return $"Backed up the PostgreSQL database {server.Database} to {file} ({new FileInfo(file).Length:N0} bytes) with pg_dump.";
    }

    public static async Task<string> RestoreAsync(RegistryDbContext db, string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            throw new BackupException($"{file} does not exist.");
        }

        var server = Server(db);
        var contents = await RunAsync("pg_restore", server, ["--list", Path.GetFullPath(file)], cancellationToken, connect: false);
        if (!contents.Contains("__EFMigrationsHistory", StringComparison.Ordinal))
        {
            throw new BackupException($"{file} is not a pg_dump of a registry database.");
        }

        var others = await db.Database.SqlQueryRaw<int>(
            """SELECT COUNT(*)::int AS "Value" FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()""")
            .SingleAsync(cancellationToken);
        if (others > 0)
        {
            throw new BackupException($"The database {server.Database} is in use ({others} other connections). Stop every app instance before restoring.");
        }

        await db.Database.CloseConnectionAsync();
        NpgsqlConnection.ClearAllPools();
        await RunAsync("pg_restore", server, ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", Path.GetFullPath(file)], cancellationToken);
        return $"Restored the PostgreSQL database {server.Database} from {file} with pg_restore.";
    }

    private static NpgsqlConnectionStringBuilder Server(RegistryDbContext db) => new(db.Database.GetConnectionString());

    private static async Task<string> RunAsync(string tool, NpgsqlConnectionStringBuilder server, string[] arguments, CancellationToken cancellationToken, bool connect = true)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (connect)
        {
            info.ArgumentList.Add("--dbname");
            info.ArgumentList.Add(server.Database ?? string.Empty);
            info.Environment["PGHOST"] = server.Host;
            info.Environment["PGPORT"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            info.Environment["PGUSER"] = server.Username;
            if (!string.IsNullOrEmpty(server.Password))
            {
                info.Environment["PGPASSWORD"] = server.Password;
            }
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new BackupException($"{tool} could not be started.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new BackupException($"{tool} is not installed here: install the PostgreSQL client tools (Debian: postgresql-client) or run {tool} yourself.");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                var first = (await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? $"exit code {process.ExitCode}";
                throw new BackupException($"{tool} failed: {first.Trim()}");
            }

            return await output;
        }
    }
}
