using System.Net;
using System.Security.Cryptography;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Attachments;

public sealed class AttachmentTests : IDisposable
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8];

    private readonly RegistryFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_uploaded_pdf_is_listed_with_its_hash_downloads_as_an_attachment_and_can_be_removed_with_each_step_audited()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var agreementId = await PublicAgreementAsync();

        var upload = await UploadAsync(admin, agreementId, "Signed MOU ../../etc/passwd copy 署名.pdf", Pdf);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);

        var details = await admin.GetPageAsync($"/staff/agreements/{agreementId}");
        var row = details.QuerySelector("[data-section=attachments] [data-attachment]")!;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), row.QuerySelector("[data-field=sha256]")!.TextContent.Trim());
        var link = row.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal("passwd copy 署名.pdf", row.QuerySelector("a")!.TextContent.Trim());

        var download = await admin.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("passwd copy 署名.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        var page = await admin.GetPageAsync($"/admin/agreements/attachments/{agreementId}");
        var remove = await admin.SubmitAsync((AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("form[data-form=remove]")!, $"/admin/agreements/attachments/{agreementId}", []);
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(link)).StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.AttachmentContents.CountAsync()));

        var audit = await _factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(Attachment)).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AuditAction.Created, AuditAction.Deleted], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(agreementId, e.AgreementId));
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(Pdf)), audit[0].Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_windows_program_named_pdf_is_refused_with_a_message_and_nothing_is_stored()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var agreementId = await PublicAgreementAsync();
        byte[] program = [(byte)'M', (byte)'Z', 0x90, 0x00, .. new byte[512]];

        var response = await UploadAsync(admin, agreementId, "contract.pdf", program, "application/pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains("Only PDF, PNG and JPEG", page.QuerySelector("[data-valmsg-for=Upload]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Attachments.CountAsync()));
    }

    [Fact]
    public async Task A_21_MB_file_gets_a_message_on_the_form_instead_of_a_cut_connection()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var agreementId = await PublicAgreementAsync();
        var large = new byte[21 * 1024 * 1024];
        Pdf.CopyTo(large, 0);

        var response = await UploadAsync(admin, agreementId, "scan.pdf", large);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("The file is larger than 20 MB.", page.QuerySelector("[data-valmsg-for=Upload]")!.TextContent.Trim());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Attachments.CountAsync()));
    }

    [Fact]
    public async Task Deleting_an_agreement_removes_its_documents_each_with_an_audit_row()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var agreementId = await PublicAgreementAsync();
        await UploadAsync(admin, agreementId, "signed.pdf", Pdf);

        var deleted = await admin.PostFormAsync($"/admin/agreements/delete/{agreementId}", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal((0, 0), await _factory.WithDbAsync(async db => (await db.Attachments.CountAsync(), await db.AttachmentContents.CountAsync())));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(Attachment) && e.Action == AuditAction.Deleted && e.AgreementId == agreementId)));
    }

    [Fact]
    public async Task The_largest_attachment_is_configurable()
    {
        using var factory = new RegistryFactory();
        factory.Settings["Attachments:MaxBytes"] = (2 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var admin = await factory.SignedInAsync(Roles.Admin);
        var agreementId = await factory.WithDbAsync(db => db.Agreements.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var file = new byte[3 * 1024 * 1024];
        Pdf.CopyTo(file, 0);

        var response = await UploadAsync(admin, agreementId, "scan.pdf", file);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The file is larger than 2 MB.", (await response.ReadHtmlAsync()).QuerySelector("[data-valmsg-for=Upload]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Png_and_jpeg_are_recognised_by_their_first_bytes_whatever_the_name()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var agreementId = await PublicAgreementAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(admin, agreementId, "photo.pdf", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(admin, agreementId, "scan", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3], "text/html")).StatusCode);

        var types = await _factory.WithDbAsync(db => db.Attachments.OrderBy(a => a.Id).Select(a => a.ContentType).ToListAsync());
        Assert.Equal(["image/png", "image/jpeg"], types);
    }

    [Fact]
    public async Task Staff_download_but_cannot_upload_anonymous_visitors_get_neither_and_the_public_profile_never_links_a_document()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var agreementId = await PublicAgreementAsync();
        await UploadAsync(admin, agreementId, "signed.pdf", Pdf);
        var attachmentId = await _factory.WithDbAsync(db => db.Attachments.Select(a => a.Id).SingleAsync());
        var link = $"/staff/agreements/{agreementId}/attachments/{attachmentId}";

        var staff = await _factory.SignedInAsync(Roles.Staff);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(link)).StatusCode);
        Assert.Null((await staff.GetPageAsync($"/staff/agreements/{agreementId}")).QuerySelector("a[href^='/admin/agreements/attachments']"));
        Assert.Equal(HttpStatusCode.Forbidden, await Admin.AdminAccessTests.RefusalAsync(staff, await staff.GetAsync($"/admin/agreements/attachments/{agreementId}")));
        using (var form = new MultipartFormDataContent { { new ByteArrayContent(Pdf), "Upload", "x.pdf" } })
        {
            Assert.Equal(HttpStatusCode.Forbidden, await Admin.AdminAccessTests.RefusalAsync(staff, await staff.PostAsync($"/admin/agreements/attachments/{agreementId}?handler=Upload", form)));
        }

        Assert.Equal(1, await _factory.WithDbAsync(db => db.Attachments.CountAsync()));

        var anonymous = _factory.CreateBrowser();
        var response = await anonymous.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var slugs = await _factory.WithDbAsync(db => db.AgreementParties.Where(p => p.AgreementId == agreementId).Select(p => p.Organization.Slug).ToListAsync());
        foreach (var slug in slugs)
        {
            var profile = await anonymous.GetAsync($"/partners/{slug}");
            var html = await profile.Content.ReadAsStringAsync();
            Assert.DoesNotContain("/attachments/", html, StringComparison.Ordinal);
            Assert.DoesNotContain("signed.pdf", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var agreementId = await PublicAgreementAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Pdf), "Upload", "x.pdf" } };

        var response = await admin.PostAsync($"/admin/agreements/attachments/{agreementId}?handler=Upload", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Attachments.CountAsync()));
    }

    private Task<int> PublicAgreementAsync() =>
        _factory.WithDbAsync(db => db.Agreements.Where(a => a.Visibility == Visibility.Public).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, int agreementId, string name, byte[] content, string? contentType = null)
    {
        var url = $"/admin/agreements/attachments/{agreementId}";
        var page = await admin.GetPageAsync(url);
        var file = new ByteArrayContent(content);
        if (contentType is not null)
        {
            file.Headers.ContentType = new(contentType);
        }

        using var form = new MultipartFormDataContent
        {
            { new StringContent(page.AntiforgeryToken()), "__RequestVerificationToken" },
            { file, "Upload", name },
        };
        return await admin.PostAsync(url + "?handler=Upload", form);
    }
}
