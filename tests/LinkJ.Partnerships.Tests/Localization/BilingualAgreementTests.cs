using System.Net;
using LinkJ.Partnerships.Tests.Partners;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Localization;

/// <summary>An agreement's Japanese title and summary: entered on the admin form, shown by language, found by search.</summary>
public sealed class BilingualAgreementTests : IDisposable
{
    private const string JapaneseTitle = "在日デンマーク王国大使館との協力覚書";
    private readonly RegistryFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<int> GiveTheDanishMocAJapaneseTitleAsync()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var id = await _factory.WithDbAsync(db => db.Agreements.Where(a => a.SeedKey == "royal-danish-embassy-moc-2020").Select(a => a.Id).SingleAsync());
        var saved = await admin.PostFormAsync($"/admin/agreements/edit/{id}", new()
        {
            ["Input.LocalTitle"] = JapaneseTitle,
            ["Input.LocalSummary"] = "ライフサイエンス分野での協力",
        }, "#agreement-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return id;
    }

    [Fact]
    public async Task The_admin_form_stores_the_Japanese_title_and_each_public_page_shows_its_own_language_first()
    {
        await GiveTheDanishMocAJapaneseTitleAsync();
        var visitor = _factory.CreateClient();

        var english = await visitor.GetPageAsync("/partners/royal-danish-embassy-tokyo");
        var japanese = await visitor.GetPageAsync("/ja/partners/royal-danish-embassy-tokyo");

        var englishTitle = english.QuerySelector("article.agreement h3")!;
        Assert.Contains("MOC on mutual cooperation", englishTitle.TextContent);
        Assert.DoesNotContain(JapaneseTitle, englishTitle.TextContent);
        var japaneseTitle = japanese.QuerySelector("article.agreement h3")!;
        Assert.Contains(JapaneseTitle, japaneseTitle.TextContent);
        Assert.Null(japaneseTitle.QuerySelector("[lang]"));
        Assert.Contains("ライフサイエンス分野での協力", japanese.QuerySelector("article.agreement")!.TextContent);
    }

    [Fact]
    public async Task Without_a_Japanese_title_the_Japanese_page_shows_the_English_one_marked_as_English()
    {
        var japanese = await _factory.CreateClient().GetPageAsync("/ja/partners/medicen-paris-region");

        var title = japanese.QuerySelector("article.agreement h3 [lang='en']");
        Assert.NotNull(title);
        Assert.Contains("MOU on mutual cooperation", title.TextContent);
    }

    [Fact]
    public async Task Japanese_words_find_the_agreement_through_its_Japanese_title_on_the_staff_search_and_the_directory()
    {
        var id = await GiveTheDanishMocAJapaneseTitleAsync();
        var staff = await _factory.SignedInAsync(Roles.Staff);

        var found = await staff.GetPageAsync("/staff/agreements?q=" + Uri.EscapeDataString("協力覚書"));
        var shortWord = await staff.GetPageAsync("/staff/agreements?q=" + Uri.EscapeDataString("覚書"));
        var english = await staff.GetPageAsync("/staff/agreements?q=symposia%20embassy");

        string[] danish = [id.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        Assert.Equal(danish, found.QuerySelectorAll("#agreements tbody tr").Select(r => r.GetAttribute("data-agreement")!));
        Assert.Equal(danish, shortWord.QuerySelectorAll("#agreements tbody tr").Select(r => r.GetAttribute("data-agreement")!));
        Assert.Equal(danish, english.QuerySelectorAll("#agreements tbody tr").Select(r => r.GetAttribute("data-agreement")!));
        var directory = await _factory.CreateClient().GetPageAsync("/ja/partners?q=" + Uri.EscapeDataString("協力覚書"));
        Assert.Equal(["royal-danish-embassy-tokyo"], directory.Slugs());
    }
}
