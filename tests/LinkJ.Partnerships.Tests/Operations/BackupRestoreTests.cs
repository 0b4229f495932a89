using System.Collections.Concurrent;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Commands;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Operations;

public sealed class BackupRestoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("linkj-backup-").FullName;

    [Fact]
    public async Task A_backup_taken_under_write_load_restores_into_a_fresh_app_with_every_row()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();
        var committed = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await factory.WithDbAsync(async db =>
                {
                    using var actor = AuditActor.As("load");
                    db.Organizations.Add(new Organization($"Load {i}", OrganizationKind.Company, $"load-{i}"));
                    await db.SaveChangesAsync();
                });
                committed.Enqueue($"Load {i}");
            }
        });
        while (committed.Count < 20)
        {
            await Task.Delay(10);
        }

        var committedBefore = committed.ToArray();
        var backup = Path.Combine(_folder, "registry-backup.db");
        var exitCode = await CommandLine.Parse(["backup", backup])!.RunAsync(factory.Services);
        // A small database backs up in a few milliseconds, sometimes between two of the writer's commits; what must
        // hold is that the backup never stopped the writer: it goes on committing afterwards.
        var committedAfterBackup = committed.Count;
        for (var waited = 0; committed.Count <= committedAfterBackup && waited < 500; waited++)
        {
            await Task.Delay(10);
        }

        var writerWentOn = committed.Count > committedAfterBackup;
        await stop.CancelAsync();
        await writer;

        Assert.Equal(0, exitCode);
        Assert.True(writerWentOn, "the writer stopped writing after the backup");
        var fresh = Path.Combine(_folder, "restored.db");
        var (restoreCode, output) = await AppProcess.RunCommandAsync(fresh, "restore", backup);
        Assert.True(restoreCode == 0, output);

        using var restored = new RegistryFactory(fresh);
        restored.CreateClient();
        var names = await restored.WithDbAsync(db => db.Organizations.Select(o => o.Name).ToListAsync());
        Assert.All(committedBefore, name => Assert.Contains(name, names));
        Assert.Equal(Count(backup, "SELECT COUNT(*) FROM Organizations"), names.Count);
        Assert.Equal(Count(backup, "SELECT COUNT(*) FROM AuditEntries"), await restored.WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.Equal(0, Count(fresh, "SELECT COUNT(*) FROM Organizations o WHERE NOT EXISTS (SELECT 1 FROM AuditEntries a WHERE a.EntityType = 'Organization' AND a.EntityId = CAST(o.Id AS TEXT))"));
    }

    [Fact]
    public async Task Restore_refuses_a_damaged_file_and_leaves_the_database_alone()
    {
        using (var factory = new RegistryFactory(Path.Combine(_folder, "live.db")) { KeepDatabase = true })
        {
            factory.CreateClient();
            Assert.Equal(0, await CommandLine.Parse(["backup", Path.Combine(_folder, "good.db")])!.RunAsync(factory.Services));
        }

        var damaged = Path.Combine(_folder, "damaged.db");
        var bytes = await File.ReadAllBytesAsync(Path.Combine(_folder, "good.db"));
        Array.Fill(bytes, (byte)0x5A, bytes.Length / 2, 4096);
        await File.WriteAllBytesAsync(damaged, bytes);
        var before = DatabaseFingerprint.Take(Path.Combine(_folder, "live.db"));

        var (exitCode, output) = await AppProcess.RunCommandAsync(Path.Combine(_folder, "live.db"), "restore", damaged);

        Assert.Equal(1, exitCode);
        Assert.Contains("damaged.db", output, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFingerprint.Take(Path.Combine(_folder, "live.db")));
    }

    [Fact]
    public async Task Restore_refuses_while_the_app_has_the_database_open()
    {
        using var factory = new RegistryFactory();
        await factory.CreateClient().GetAsync("/partners");
        var backup = Path.Combine(_folder, "backup.db");
        Assert.Equal(0, await CommandLine.Parse(["backup", backup])!.RunAsync(factory.Services));
        await factory.WithDbAsync(async db =>
        {
            using var actor = AuditActor.As("test");
            db.Organizations.Add(new Organization("Written after the backup", OrganizationKind.Company, "written-after"));
            await db.SaveChangesAsync();
        });
        var before = DatabaseFingerprint.Take(factory.Database);

        var (exitCode, output) = await AppProcess.RunCommandAsync(factory.Database, "restore", backup);

        Assert.Equal(1, exitCode);
        Assert.Contains("in use", output, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFingerprint.Take(factory.Database));
    }

    [Fact]
    public async Task Backup_refuses_to_overwrite_an_existing_file()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();
        var existing = Path.Combine(_folder, "existing.db");
        await File.WriteAllTextAsync(existing, "keep me");

        var exitCode = await CommandLine.Parse(["backup", existing])!.RunAsync(factory.Services);

        Assert.Equal(1, exitCode);
        Assert.Equal("keep me", await File.ReadAllTextAsync(existing));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static long Count(string path, string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
