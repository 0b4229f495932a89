using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Tests.Localization;

/// <summary>
/// Every page of the app, read by an admin who chose Japanese, each listed once from the endpoint catalog: none shows
/// an English interface text standing alone (a heading, label, button, column or attribute). Names of things are not
/// interface texts, and parts marked with a lang of their own are left out.
/// </summary>
public sealed class EveryPageInJapaneseTests(SeededRegistry registry) : IClassFixture<SeededRegistry>
{
    private static readonly IReadOnlyDictionary<string, string> English = ResourceFile.Read("Resources/SharedResource.resx");
    private static readonly IReadOnlyDictionary<string, string> Japanese = ResourceFile.Read("Resources/SharedResource.ja.resx");

    [Fact]
    public async Task No_page_read_in_Japanese_shows_an_English_interface_text()
    {
        var admin = await registry.Factory.SignedInAsync(Roles.Admin);
        // Tokens and a feed of their own, so /account/tokens, /account/calendar and /admin/tokens show their lists too.
        await Tokens.TokenSteps.CreateTokenAsync(admin, "シート");
        await Tokens.TokenSteps.TurnFeedOnAsync(admin, noticePoints: true);
        await admin.PostFormAsync("/account/language", new() { ["culture"] = "ja", ["returnUrl"] = "/staff" });
        var translatable = English.Where(e => Japanese[e.Key] != e.Value && e.Value.Length > 2).Select(e => e.Value).ToHashSet(StringComparer.Ordinal);
        var pages = EndpointCatalog.All(registry.Factory)
            .Where(e => e.Page is not null && e.AnswersGet && e.Url != "/account/sign-out")
            .Select(e => e.Url.StartsWith("/partners", StringComparison.Ordinal) || e.Url == "/" ? PublicJapanese(e.Url) : e.Url)
            .Distinct()
            .ToList();
        var failures = new List<string>();

        foreach (var url in pages)
        {
            var response = await admin.GetAsync(url);
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.BadRequest))
            {
                continue;
            }

            var page = await response.ReadHtmlAsync();
            if (page.DocumentElement.GetAttribute("lang") != "ja")
            {
                failures.Add($"{url}: lang={page.DocumentElement.GetAttribute("lang")}");
            }

            var left = PageText.InPageLanguage(page).Where(translatable.Contains).Distinct().ToList();
            if (left.Count > 0)
            {
                failures.Add($"{url}: {string.Join(" | ", left)}");
            }
        }

        Assert.True(pages.Count > 20, $"Only {pages.Count} pages walked.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static string PublicJapanese(string url) => url == "/" ? "/ja/" : "/ja" + url;
}
