using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Admin;

public sealed class AuditPageTests : IDisposable
{
    private readonly RegistryFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_audit_trail_shows_who_changed_which_field_from_what_to_what_and_filters_by_user_entity_and_date()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var id = await _factory.WithDbAsync(db => db.Organizations.Where(o => o.Slug == "pistoia-alliance").Select(o => o.Id).SingleAsync());
        await admin.PostFormAsync($"/admin/organizations/edit/{id}", new() { ["Input.City"] = "Boston" });
        var adminName = await _factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Organization" && a.Action == AuditAction.Updated).Select(a => a.UserName!).SingleAsync());

        var page = await admin.GetPageAsync($"/admin/audit?user={Uri.EscapeDataString(adminName)}&entity=Organization&from=2026-11-24&to=2026-11-24");

        var rows = page.QuerySelectorAll("[data-audit-entry]");
        var row = Assert.Single(rows);
        Assert.Contains(adminName, row.TextContent);
        Assert.Contains("City", row.TextContent);
        Assert.Contains("Boston", row.QuerySelector("ins")?.TextContent);
        Assert.Empty((await admin.GetPageAsync($"/admin/audit?user={Uri.EscapeDataString(adminName)}&entity=Organization&from=2026-11-25")).QuerySelectorAll("[data-audit-entry]"));
        Assert.Empty((await admin.GetPageAsync("/admin/audit?user=seed&entity=Account")).QuerySelectorAll("[data-audit-entry]"));
    }

    [Fact]
    public async Task An_agreements_history_lists_only_its_own_rows()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var id = await _factory.WithDbAsync(db => db.Agreements.Where(a => a.EffectiveOn == new DateOnly(2020, 2, 5)).Select(a => a.Id).SingleAsync());
        var expected = await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.AgreementId == id));

        var page = await admin.GetPageAsync($"/admin/audit?agreementId={id}");

        Assert.Equal(expected, page.QuerySelectorAll("[data-audit-entry]").Length);
        Assert.True(expected >= 5);
    }
}
