using System.Net;
using AngleSharp.Html.Dom;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Import;

public sealed class ImportPageTests : IDisposable
{
    private const string ImportUrl = "/admin/agreements/import";

    /// <summary>A release written for this test: both parties are in the seed, the date, term and ordinal are new.</summary>
    private const string Release = """
        LINK-J Concludes MOU on Digital Health with Matador Japan KK

        Life Science Innovation Network Japan (hereinafter "LINK-J") has concluded a Memorandum of Understanding with Matador Japan KK (location: Tokyo, Japan). The MOU became effective on April 1, 2024. It is an agreement to explore cooperation over the next two years. This makes Matador the 25th cooperation partner of LINK-J.

        Akihiko Soyama, President and CEO of LINK-J (left), and John Bolger, CEO of Matador (right)
        """;

    private readonly RegistryFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_pasted_release_fills_the_agreement_form_with_the_sentence_beside_each_field_and_saves_nothing()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var before = await _factory.WithDbAsync(db => db.Agreements.CountAsync());

        var page = await ReadAsync(admin, Release);

        Assert.Equal("MOU on digital health between LINK-J and Matador Japan", Value(page, "Input.Title"));
        Assert.Equal("2024-04-01", Value(page, "Input.EffectiveOn"));
        Assert.Equal("2", Value(page, "Input.TermLength"));
        Assert.Equal("25", Value(page, "Input.PartnerOrdinal"));
        Assert.Equal(("Life Science Innovation Network Japan", "Matador Japan KK"), (Value(page, "Input.Parties[0].Organization"), Value(page, "Input.Parties[1].Organization")));
        Assert.Equal(("Akihiko Soyama", "John Bolger"), (Value(page, "Input.People[0].Name"), Value(page, "Input.People[1].Name")));
        Assert.Equal("CEO, Matador", Value(page, "Input.People[1].Title"));
        Assert.Contains("The MOU became effective on April 1, 2024.", Beside(page, "Input.EffectiveOn")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[name='Input.Summary']")!.ParentElement!.QuerySelector("[data-evidence-missing]"));
        Assert.NotNull(page.QuerySelector("[name='Input.SourcePublishedOn']")!.ParentElement!.QuerySelector("[data-evidence-missing]"));
        Assert.EndsWith("/admin/agreements/create", page.QuerySelector("form#agreement-form")!.GetAttribute("action"), StringComparison.Ordinal);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Agreements.CountAsync()));
    }

    [Fact]
    public async Task The_saved_agreement_keeps_the_release_text_and_its_hash_and_a_second_import_of_it_warns_with_a_link()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var first = await ReadAsync(admin, Release);
        Assert.Null(first.QuerySelector("[data-already-imported]"));

        await admin.SubmitAsync((IHtmlFormElement)first.QuerySelector("form#agreement-form")!, ImportUrl, []);

        var stored = await _factory.WithDbAsync(db => db.Agreements.AsNoTracking().Where(a => a.PartnerOrdinal == 25)
            .Select(a => new { a.Id, a.SourceText, a.SourceSha256 }).SingleAsync());
        Assert.Equal(Release, stored.SourceText);
        Assert.Equal(Agreement.Sha256Of(Release), stored.SourceSha256);
        var again = await ReadAsync(admin, Release);
        var warning = again.QuerySelector("[data-already-imported]")!;
        Assert.Equal($"/staff/agreements/{stored.Id}", warning.QuerySelector("a")!.GetAttribute("href"));
        var staffPage = await (await admin.GetAsync($"/staff/agreements/{stored.Id}")).ReadHtmlAsync();
        Assert.Contains("25th cooperation partner", staffPage.QuerySelector("[data-field=source-text] pre")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_a_seed_release_again_warns_that_it_is_already_in_the_registry()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);

        var page = await ReadAsync(admin, await File.ReadAllTextAsync(Releases.SeedFile("000_ddb8f432f4247cc0.txt")));

        Assert.Contains("Medicen Paris Region", page.QuerySelector("[data-already-imported] a")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_draft_saved_through_the_create_page_with_one_field_corrected_is_stored()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var page = await ReadAsync(admin, Release);

        var response = await admin.SubmitAsync((IHtmlFormElement)page.QuerySelector("form#agreement-form")!, ImportUrl, new() { ["Input.Title"] = "MOU on digital health between LINK-J and Matador" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await _factory.WithDbAsync(db => db.Agreements.AsNoTracking().Where(a => a.Title == "MOU on digital health between LINK-J and Matador")
            .Select(a => new { a.EffectiveOn, a.TermLength, a.PartnerOrdinal, a.SourceTitle, Parties = a.Parties.Count, People = a.Participants.Count }).SingleAsync());
        Assert.Equal(new { EffectiveOn = new DateOnly(2024, 4, 1), TermLength = (int?)2, PartnerOrdinal = (int?)25, SourceTitle = (string?)"LINK-J Concludes MOU on Digital Health with Matador Japan KK", Parties = 2, People = 2 }, stored);
    }

    [Fact]
    public async Task An_uploaded_html_release_is_read_like_pasted_text()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var html = "<html><head><link rel=\"canonical\" href=\"https://www.link-j.org/en/news/1\"></head><body>"
            + string.Join(string.Empty, Release.Split("\n\n").Select(p => $"<p>{p.Trim()}</p>")) + "</body></html>";

        var response = await UploadAsync(admin, "release.html", System.Text.Encoding.UTF8.GetBytes(html));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal("https://www.link-j.org/en/news/1", Value(page, "Input.SourceUrl"));
        Assert.Equal("2024-04-01", Value(page, "Input.EffectiveOn"));
    }

    [Theory]
    [InlineData("release.exe", 10)]
    [InlineData("release.pdf", 10)]
    [InlineData("release.txt", 1024 * 1024 + 1)]
    public async Task A_file_of_the_wrong_type_or_too_large_is_refused_with_400_and_a_message_beside_the_field(string name, int size)
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);

        var response = await UploadAsync(admin, name, Enumerable.Repeat((byte)'a', size).ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.ReadHtmlAsync()).QuerySelector("[data-valmsg-for='Upload']")!.TextContent;
        Assert.False(string.IsNullOrWhiteSpace(message));
    }

    [Fact]
    public async Task Reading_nothing_asks_for_text_with_400()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);

        var response = await admin.PostFormAsync(ImportUrl, new() { ["Release.Text"] = "  " }, "form#release-form");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Paste", (await response.ReadHtmlAsync()).QuerySelector("[data-valmsg-for='Release.Text']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_cannot_use_the_import_page()
    {
        var staff = await _factory.SignedInAsync(Roles.Staff);

        var response = await staff.GetAsync(ImportUrl);

        Assert.Equal(HttpStatusCode.Forbidden, await Admin.AdminAccessTests.RefusalAsync(staff, response));
    }

    private static async Task<IHtmlDocument> ReadAsync(HttpClient admin, string text)
    {
        var response = await admin.PostFormAsync(ImportUrl, new() { ["Release.Text"] = text }, "form#release-form");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadHtmlAsync();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, string name, byte[] content)
    {
        var page = await admin.GetPageAsync(ImportUrl);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(page.AntiforgeryToken()), "__RequestVerificationToken" },
            { new StringContent(string.Empty), "Release.Text" },
            { new ByteArrayContent(content), "Upload", name },
        };
        return await admin.PostAsync(ImportUrl + "?handler=Read", form);
    }

    private static string? Value(IHtmlDocument page, string name) => (page.QuerySelector($"[name='{name}']") as IHtmlInputElement)?.Value;

    private static AngleSharp.Dom.IElement? Beside(IHtmlDocument page, string name) =>
        page.QuerySelector($"[name='{name}']")!.ParentElement!.QuerySelector("[data-evidence]");
}
