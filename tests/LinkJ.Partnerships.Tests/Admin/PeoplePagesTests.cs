using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Admin;

public sealed class PeoplePagesTests : IDisposable
{
    private readonly RegistryFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Editing_a_person_corrects_the_name_and_a_title_and_records_both()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var id = await PersonAsync("Jessica Leygues");

        var response = await admin.PostFormAsync($"/admin/people/edit/{id}", new() { ["Input.Name"] = "Jessica  Leygues-Martin ", ["Input.Titles[0].Title"] = "Managing Director" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var person = await _factory.WithDbAsync(db => db.People.AsNoTracking().Include(p => p.Participations).SingleAsync(p => p.Id == id));
        Assert.Equal("Jessica Leygues-Martin", person.Name);
        Assert.Equal("Managing Director", Assert.Single(person.Participations).Title);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Person" && a.Changes.Contains("\"old\":\"Jessica Leygues\""))));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "AgreementParticipant" && a.Changes.Contains("\"new\":\"Managing Director\""))));
    }

    [Fact]
    public async Task An_empty_name_is_refused_beside_the_field()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var id = await PersonAsync("Jessica Leygues");

        var response = await admin.PostFormAsync($"/admin/people/edit/{id}", new() { ["Input.Name"] = "" });

        Assert.Contains("must not be empty", (await response.ReadHtmlAsync()).QuerySelector("[data-valmsg-for='Input.Name']")?.TextContent);
        Assert.Equal("Jessica Leygues", await _factory.WithDbAsync(db => db.People.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task Merging_moves_the_duplicates_agreements_to_the_person_kept_and_removes_the_duplicate()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var kept = await PersonAsync("Akihiko Soyama");
        var duplicate = await _factory.WithDbAsync(async db =>
        {
            var person = new Person("A. Soyama");
            var participant = await db.AgreementParticipants.FirstAsync(p => p.PersonId == kept);
            participant.ReassignTo(person);
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });
        var before = await _factory.WithDbAsync(db => db.AgreementParticipants.CountAsync(p => p.PersonId == kept || p.PersonId == duplicate));

        var confirm = await admin.GetPageAsync($"/admin/people/merge/{kept}?duplicate={duplicate}");
        Assert.Contains("A. Soyama", confirm.QuerySelector("main")?.TextContent);
        var response = await admin.PostFormAsync($"/admin/people/merge/{kept}?duplicate={duplicate}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.People.AnyAsync(p => p.Id == duplicate)));
        Assert.Equal(before, await _factory.WithDbAsync(db => db.AgreementParticipants.CountAsync(p => p.PersonId == kept)));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Person" && a.EntityId == duplicate.ToString() && a.Action == AuditAction.Deleted)));
    }

    private Task<int> PersonAsync(string name) =>
        _factory.WithDbAsync(db => db.People.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
}
