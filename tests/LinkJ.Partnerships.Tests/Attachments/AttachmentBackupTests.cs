using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Commands;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Attachments;

/// <summary>Attachments live in the database (decision 021), so the ordinary backup carries them.</summary>
public sealed class AttachmentBackupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("linkj-attachment-backup-").FullName;

    [Fact]
    public async Task A_restored_backup_serves_the_same_attachment_bytes_with_the_same_hash()
    {
        var bytes = new byte[300_000];
        "%PDF-1.4\n"u8.CopyTo(bytes);
        new Random(20).NextBytes(bytes.AsSpan(9));
        int agreementId;
        string sha256;
        var file = Path.Combine(_folder, TestDatabase.IsPostgreSql ? "registry.dump" : "registry.db");
        using (var factory = new RegistryFactory())
        {
            var admin = await factory.SignedInAsync(Roles.Admin);
            agreementId = await factory.WithDbAsync(db => db.Agreements.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
            Assert.Equal(HttpStatusCode.Redirect, (await AttachmentTests.UploadAsync(admin, agreementId, "signed.pdf", bytes)).StatusCode);
            sha256 = await factory.WithDbAsync(db => db.Attachments.Select(a => a.Sha256).SingleAsync());
            Assert.Equal(0, await CommandLine.Parse(["backup", file])!.RunAsync(factory.Services));
        }

        var fresh = TestDatabase.NewDatabase("restored");
        var (code, output) = await AppProcess.RunCommandAsync(fresh, "restore", file);
        Assert.True(code == 0, output);
        using var restored = new RegistryFactory(fresh);
        var staff = await restored.SignedInAsync(Roles.Staff);
        var attachmentId = await restored.WithDbAsync(db => db.Attachments.Where(a => a.Sha256 == sha256 && a.AgreementId == agreementId).Select(a => a.Id).SingleAsync());
        var download = await staff.GetAsync($"/staff/agreements/{agreementId}/attachments/{attachmentId}");
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
