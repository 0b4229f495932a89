using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Pages.Admin.Agreements;

/// <summary>
/// Copies a validated <see cref="AgreementInput"/> onto an agreement through its own methods, so its rules hold:
/// the agreement form and the CSV import write agreements the same way.
/// </summary>
public static class AgreementWriter
{
    /// <param name="named">The organizations the input names, tracked, by normalized name (<see cref="AgreementInputValidator.NamedOrganizationsAsync"/>).</param>
    public static async Task ApplyAsync(RegistryDbContext db, AgreementInput input, IReadOnlyDictionary<string, Organization> named, Agreement agreement, CancellationToken cancellationToken)
    {
        var personFor = await PeopleAsync(db, input, cancellationToken);
        Organization Named(string name) => named[Names.Normalize(name)];

        agreement.Describe(input.Type, input.Title!, input.Summary);
        agreement.DescribeInJapanese(input.LocalTitle, input.LocalSummary);
        agreement.Schedule(input.EffectiveOn!.Value, input.TryTerm()!);
        agreement.EffectiveOnAsStated = FormRules.Clean(input.EffectiveOnAsStated);
        agreement.EffectiveOnIsInferred = input.EffectiveOnIsInferred;
        agreement.PartnerOrdinal = input.PartnerOrdinal;
        agreement.Visibility = input.Visibility;
        agreement.InternalNotes = FormRules.Clean(input.InternalNotes);
        agreement.DataQualityNotes = FormRules.Clean(input.DataQualityNotes);
        agreement.CiteSource(FormRules.Clean(input.SourcePublisher), FormRules.Clean(input.SourceTitle), input.SourcePublishedOn, FormRules.Clean(input.SourceUrl));
        agreement.ChangeParties([.. input.FilledParties.Select(p => (Named(p.Row.Organization!), p.Row.Role))]);
        agreement.ChangeParticipants([.. input.FilledPeople.Select(p => p.Row).Select(r => (r.Id, personFor(r.Name!, Named(r.Party!)), Named(r.Party!), r.Role, r.Title))]);
    }

    /// <summary>Finds each named person, or creates them, so that one person is not stored twice.</summary>
    private static async Task<Func<string, Organization, Person>> PeopleAsync(RegistryDbContext db, AgreementInput input, CancellationToken cancellationToken)
    {
        var names = input.FilledPeople.Select(p => Names.Normalize(p.Row.Name!)).Distinct().ToList();
        var people = await db.People.Where(p => names.Contains(p.NormalizedName)).ToListAsync(cancellationToken);
        return (name, party) =>
        {
            var person = people.FirstOrDefault(p => p.NormalizedName == Names.Normalize(name));
            if (person is null)
            {
                person = new Person(name) { Organization = party };
                db.People.Add(person);
                people.Add(person);
            }

            return person;
        };
    }
}
