using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Infrastructure.Security;

namespace LinkJ.Partnerships.Tests.Security;

/// <summary>
/// The request body limits of the real server (Kestrel, in its own process; the test host has none): 8 MB everywhere,
/// raised only on the attachment upload, where a file just over its 20 MB gets a message instead of a cut connection.
/// </summary>
public sealed class UploadSizeLimitTests : IDisposable
{
    private readonly string _database = TestDatabase.NewDatabase("limits");

    [Fact]
    public async Task Only_the_attachment_upload_takes_more_than_8_MB_and_a_21_MB_file_there_gets_a_message()
    {
        using var app = await AppProcess.StartAsync(_database);
        var admin = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = AppProcess.AdminEmail, ["Input.Password"] = RegistryFactory.Password })).StatusCode);

        // Under the server's limit, the CSV page itself answers (its own limit is 5 MB); over it, the request never reaches the page.
        var under = await PostFileAsync(admin, "/admin/import/csv", "DryRun", new byte[RequestLimits.MaxRequestBodyBytes - (1024 * 1024)]);
        Assert.Equal(HttpStatusCode.BadRequest, under.StatusCode);
        Assert.Contains("larger than 5 MB", (await under.ReadHtmlAsync()).QuerySelector("[data-csv-problem]")!.TextContent, StringComparison.Ordinal);
        var over = await PostFileAsync(admin, "/admin/import/csv", "DryRun", new byte[RequestLimits.MaxRequestBodyBytes + (1024 * 1024)]);
        Assert.Contains(over.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge });
        Assert.Null((await over.ReadHtmlAsync()).QuerySelector("[data-csv-problem]"));

        var large = new byte[21 * 1024 * 1024];
        "%PDF-1.7\n"u8.CopyTo(large);
        var upload = await PostFileAsync(admin, "/admin/agreements/attachments/1", "Upload", large);
        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.Equal("The file is larger than 20 MB.", (await upload.ReadHtmlAsync()).QuerySelector("[data-valmsg-for=Upload]")!.TextContent.Trim());
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string url, string handler, byte[] file)
    {
        var page = await client.GetPageAsync(url);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(page.AntiforgeryToken()), "__RequestVerificationToken" },
            { new StringContent("Agreements"), "Kind" },
            { new ByteArrayContent(file), "Upload", "file.pdf" },
        };
        // With "Expect: 100-continue" the server can answer before the body is sent, as browsers' uploads allow for.
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{url}?handler={handler}") { Content = form };
        request.Headers.ExpectContinue = true;
        return await client.SendAsync(request);
    }

    public void Dispose() => TestDatabase.Drop(_database);
}
