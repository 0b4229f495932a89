using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Staff.Quality;

public sealed class FindingReviewTests
{
    private const string DanishEnded = "EndedNotRenewed:a";

    [Fact]
    public async Task A_reviewed_finding_leaves_the_count_with_its_note_kept_in_the_audit_until_its_agreement_changes()
    {
        using var factory = new RegistryFactory();
        var admin = await factory.SignedInAsync(Roles.Admin);
        var before = await OpenCountAsync(admin);
        var page = await admin.GetPageAsync("/staff/quality");
        var item = page.QuerySelectorAll("[data-finding]").First(f => f.GetAttribute("data-finding")!.StartsWith(DanishEnded, StringComparison.Ordinal)
            && f.TextContent.Contains("Danish", StringComparison.Ordinal));
        var key = item.GetAttribute("data-finding")!;

        var saved = await admin.SubmitAsync((IHtmlFormElement)item.QuerySelector("form")!, "/staff/quality", new() { ["Review.Note"] = "Ended by agreement of both sides; a new MOC is under discussion." });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await admin.GetPageAsync("/staff/quality");
        Assert.Null(after.QuerySelector($"[data-finding='{key}']"));
        Assert.Contains("a new MOC is under discussion", after.QuerySelector($"[data-reviewed='{key}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before - 1, await OpenCountAsync(admin));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(FindingReview))));

        await factory.WithDbAsync(async db =>
        {
            var danish = await db.Agreements.SingleAsync(a => a.PartnerOrdinal == 15);
            danish.Describe(danish.Type, danish.Title + " (corrected)", danish.Summary);
            await db.SaveChangesAsync();
        });

        Assert.Equal(before, await OpenCountAsync(admin));
        Assert.NotNull((await admin.GetPageAsync("/staff/quality")).QuerySelector($"[data-finding='{key}']"));
    }

    [Fact]
    public async Task A_review_without_a_note_is_refused_next_to_the_field_and_stores_nothing()
    {
        using var factory = new RegistryFactory();
        var admin = await factory.SignedInAsync(Roles.Admin);
        var page = await admin.GetPageAsync("/staff/quality");
        var item = page.QuerySelector("[data-finding]")!;

        var refused = await admin.SubmitAsync((IHtmlFormElement)item.QuerySelector("form")!, "/staff/quality", new() { ["Review.Note"] = "   " });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await refused.ReadHtmlAsync();
        var field = again.QuerySelector($"[data-finding='{item.GetAttribute("data-finding")}'] textarea")!;
        Assert.Contains("is-invalid", field.ClassName, StringComparison.Ordinal);
        Assert.Equal("Say why the finding is as it should be.", again.QuerySelector($"#{field.Id}-error")!.TextContent.Trim());
        Assert.Equal(0, await factory.WithDbAsync(db => db.FindingReviews.CountAsync()));
    }

    [Fact]
    public async Task Staff_see_the_findings_but_cannot_mark_them_reviewed()
    {
        using var factory = new RegistryFactory();
        var admin = await factory.SignedInAsync(Roles.Admin);
        var form = (IHtmlFormElement)(await admin.GetPageAsync("/staff/quality")).QuerySelector("[data-finding] form")!;
        var staff = await factory.SignedInAsync(Roles.Staff);
        var staffPage = await staff.GetPageAsync("/staff/quality");

        var token = staffPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var refused = await staff.PostAsync("/staff/quality?handler=Review", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("Review.FindingKey", form.QuerySelector("input[name='Review.FindingKey']")!.GetAttribute("value")!),
            new("Review.Note", "staff note"),
        ]));

        Assert.Empty(staffPage.QuerySelectorAll("[data-finding] form"));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.FindingReviews.CountAsync()));
    }

    private static async Task<int> OpenCountAsync(HttpClient client) =>
        int.Parse((await client.GetPageAsync("/staff")).QuerySelector("[data-figure=findings]")!.TextContent.Trim(), CultureInfo.InvariantCulture);
}
