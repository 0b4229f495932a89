#if POSTGRESQL
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Commands;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Postgres;

/// <summary>backup and restore on PostgreSQL: pg_dump and pg_restore behind the same two commands as on SQLite.</summary>
public sealed class PostgresBackupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("linkj-pg-backup-").FullName;

    [Fact]
    public async Task A_backup_restores_into_a_new_database_with_every_row_and_restore_refuses_while_an_instance_runs()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();
        await factory.WithDbAsync(async db =>
        {
            using var actor = AuditActor.As("backup-test");
            db.Organizations.Add(new Organization("Written Before The Backup", OrganizationKind.Company, "written-before-the-backup") { LocalName = "バックアップ前" });
            await db.SaveChangesAsync();
        });
        var file = Path.Combine(_folder, "registry.dump");

        Assert.Equal(0, await CommandLine.Parse(["backup", file])!.RunAsync(factory.Services));
        Assert.True(new FileInfo(file).Length > 0);
        var (refused, refusal) = await AppProcess.RunCommandAsync(factory.Database, "restore", file);
        Assert.Equal(1, refused);
        Assert.Contains("in use", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", refusal, StringComparison.Ordinal);

        var fresh = Support.TestDatabase.NewDatabase("restored");
        var (restoredCode, output) = await AppProcess.RunCommandAsync(fresh, "restore", file);
        Assert.True(restoredCode == 0, output);
        using var restored = new RegistryFactory(fresh);
        restored.CreateClient();
        Assert.Equal("バックアップ前", await restored.WithDbAsync(db => db.Organizations.Where(o => o.Slug == "written-before-the-backup").Select(o => o.LocalName).SingleAsync()));
        Assert.Equal(await factory.WithDbAsync(db => db.Organizations.CountAsync()), await restored.WithDbAsync(db => db.Organizations.CountAsync()));
        Assert.Equal(await factory.WithDbAsync(db => db.AuditEntries.CountAsync()), await restored.WithDbAsync(db => db.AuditEntries.CountAsync()));
        // The restored copy keeps the triggers that keep the audit trail append-only.
        await Assert.ThrowsAnyAsync<Exception>(() => restored.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\"")));
    }

    [Fact]
    public async Task A_backup_never_overwrites_a_file_and_a_file_that_is_no_dump_is_refused_in_one_sentence()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();
        var existing = Path.Combine(_folder, "taken.dump");
        await File.WriteAllTextAsync(existing, "someone else's file");

        var (backupCode, backupOutput) = await AppProcess.RunCommandAsync(factory.Database, "backup", existing);
        var (restoreCode, restoreOutput) = await AppProcess.RunCommandAsync(Support.TestDatabase.NewDatabase("never"), "restore", existing);

        Assert.Equal(1, backupCode);
        Assert.Contains("already exists", backupOutput, StringComparison.Ordinal);
        Assert.Equal("someone else's file", await File.ReadAllTextAsync(existing));
        Assert.Equal(1, restoreCode);
        Assert.Contains("pg_restore failed", restoreOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", restoreOutput, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
#endif
