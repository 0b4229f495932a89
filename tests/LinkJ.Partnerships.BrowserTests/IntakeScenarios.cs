using System.Text;
using LinkJ.Partnerships.BrowserTests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LinkJ.Partnerships.BrowserTests;

/// <summary>Getting agreements in: a signed document attached, and a spreadsheet edit imported through the dry run.</summary>
public sealed class IntakeScenarios(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public Task An_admin_attaches_a_signed_pdf_and_imports_an_edited_export_after_a_dry_run() => ScenarioAsync(nameof(An_admin_attaches_a_signed_pdf_and_imports_an_edited_export_after_a_dry_run), async () =>
    {
        var (id, title) = await App.WithDbAsync(db => db.Agreements.OrderBy(a => a.Id).Select(a => new ValueTuple<int, string>(a.Id, a.Title)).FirstAsync());
        var page = await SignedInPageAsync(Roles.Admin);

        await page.GotoAsync($"/staff/agreements/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Attach or remove documents" }).ClickAsync();
        await page.GetByLabel("Document").SetInputFilesAsync(new FilePayload
        {
            Name = "signed-mou.pdf",
            MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Attach", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("signed-mou.pdf");
        await AssertAccessibleAsync(page);
        await page.GotoAsync($"/staff/agreements/{id}");
        await Expect(page.Locator("[data-section=attachments] [data-attachment] a")).ToHaveTextAsync("signed-mou.pdf");
        await Expect(page.Locator("[data-section=attachments] [data-field=sha256]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f]{64}$"));

        await page.GotoAsync("/staff/agreements");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-csv").ClickAsync());
        var exported = await File.ReadAllTextAsync(await download.PathAsync(), Encoding.UTF8);
        var edited = Encoding.UTF8.GetBytes(ReplaceFirst(exported, title, "Corrected in a spreadsheet"));

        await page.GotoAsync("/admin/import/csv");
        await page.GetByLabel("The file holds").SelectOptionAsync("Agreements");
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "agreements.csv", MimeType = "text/csv", Buffer = edited });
        await page.GetByRole(AriaRole.Button, new() { Name = "Dry run" }).ClickAsync();
        await Expect(page.Locator("tr[data-outcome=Change]")).ToHaveCountAsync(1);
        await Expect(page.Locator("tr[data-outcome=Change] [data-change=Title] ins")).ToHaveTextAsync("Corrected in a spreadsheet");
        await AssertAccessibleAsync(page);
        await SaveScreenshotAsync(page, "admin-csv-dry-run-desktop");

        await page.Locator("#apply-upload").SetInputFilesAsync(new FilePayload { Name = "agreements.csv", MimeType = "text/csv", Buffer = edited });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply the import" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("1 changed");
        Assert.Equal("Corrected in a spreadsheet", await App.WithDbAsync(db => db.Agreements.Where(a => a.Id == id).Select(a => a.Title).SingleAsync()));
    });

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"“{find}” is not in the export.");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }
}
