using System.Data.Common;
using System.Globalization;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Data.Generation;

/// <summary>
/// INSERTs for the generator, one command per table reused for every row (parties and participants in batches).
/// Values are the .NET ones EF Core would write (enums by name, DateOnly, UTC DateTime, bool), so each ADO.NET
/// provider stores them in its own column format.
/// </summary>
internal sealed class GeneratedRows(DbConnection connection, DbTransaction transaction)
{
    public sealed record Org(int Id, string Name, OrganizationKind Kind, string? CountryCode);

    public sealed record NewOrg(
        string Name, string? LocalName, OrganizationKind Kind, string CountryCode, string City, string Slug, int? ParentId,
        string Website, string Description, DateOnly FoundedOn, int? MemberCount, string? InternalNotes);

    public sealed record NewAgreement(
        AgreementType Type, string Title, string Summary, DateOnly EffectiveOn, string? EffectiveOnAsStated, Term Term,
        int? PartnerOrdinal, Visibility Visibility, bool HasSource);

    private readonly DbCommand _organization = Prepare(connection, transaction,
        "INSERT INTO \"Organizations\" (\"Name\", \"NormalizedName\", \"LocalName\", \"Kind\", \"CountryCode\", \"City\", \"Website\", \"Description\", \"FoundedOn\", \"MemberCount\", \"ParentId\", \"Slug\", \"IsHome\", \"InternalNotes\", \"CreatedAt\", \"UpdatedAt\", \"Version\") " +
        "VALUES (@name, @normalized, @local, @kind, @country, @city, @website, @description, @founded, @members, @parent, @slug, FALSE, @notes, @at, @at, 1) RETURNING \"Id\"");

    private readonly DbCommand _agreement = Prepare(connection, transaction,
        "INSERT INTO \"Agreements\" (\"Type\", \"Title\", \"Summary\", \"EffectiveOn\", \"EffectiveOnAsStated\", \"EffectiveOnIsInferred\", \"TermKind\", \"TermLength\", \"TermUnit\", \"EndsOn\", \"TermEndsOn\", \"TerminatedOn\", \"TerminationReason\", \"PartnerOrdinal\", \"Visibility\", " +
        "\"SourcePublisher\", \"SourceTitle\", \"SourcePublishedOn\", \"SourceUrl\", \"CreatedAt\", \"UpdatedAt\", \"Version\") " +
        "VALUES (@type, @title, @summary, @effective, @stated, @inferred, @termKind, @termLength, @termUnit, @ends, @termEnds, @terminated, @terminationReason, @ordinal, @visibility, " +
        "@publisher, @sourceTitle, @published, @url, @at, @at, 1) RETURNING \"Id\"");

    private readonly GeneratedRowBatch _parties = new(connection, transaction, "AgreementParties", "AgreementId", "OrganizationId", "Role");

    private readonly DbCommand _person = Prepare(connection, transaction,
        "INSERT INTO \"People\" (\"Name\", \"NormalizedName\", \"LocalName\", \"OrganizationId\", \"CreatedAt\", \"UpdatedAt\", \"Version\") " +
        "VALUES (@name, @normalized, @local, @organization, @at, @at, 1) RETURNING \"Id\"");

    private readonly GeneratedRowBatch _participants = new(connection, transaction, "AgreementParticipants", "AgreementId", "PersonId", "OrganizationId", "Role", "Title");

    private static readonly DateTime CreatedAt = new(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc);

    private int _agreements;

    public Org AddOrganization(NewOrg o)
    {
        var id = Insert(_organization, o.Name, Names.Normalize(o.Name), o.LocalName, o.Kind.ToString(), o.CountryCode, o.City, o.Website,
            o.Description, o.FoundedOn, o.MemberCount, o.ParentId, o.Slug, o.InternalNotes, CreatedAt);
        return new Org(id, o.Name, o.Kind, o.CountryCode);
    }

    public int AddAgreement(NewAgreement a, string publisher)
    {
        var number = ++_agreements;
        var published = a.EffectiveOn.AddDays(number % 14);
        // One agreement in 37 with an end date was terminated half-way: chosen by number, not by the random source,
        // so the rest of a seeded registry stays as it was.
        var termEnd = a.Term.EndDateFrom(a.EffectiveOn);
        DateOnly? terminated = number % 37 == 0 && termEnd is { } end && end.DayNumber - a.EffectiveOn.DayNumber > 60
            ? a.EffectiveOn.AddDays((end.DayNumber - a.EffectiveOn.DayNumber) / 2)
            : null;
        return Insert(_agreement, a.Type.ToString(), a.Title, a.Summary, a.EffectiveOn, a.EffectiveOnAsStated, a.EffectiveOnAsStated is not null,
            a.Term.Kind.ToString(), a.Term.Length, a.Term.Unit?.ToString(), terminated ?? termEnd, termEnd, terminated,
            terminated is null ? null : "The partner withdrew from the programme.", a.PartnerOrdinal, a.Visibility.ToString(),
            a.HasSource ? publisher : null, a.HasSource ? a.Title : null, a.HasSource ? published : null,
            a.HasSource ? $"https://{Slug.From(publisher)}.example/news/{published:yyyy}/{number}" : null,
            CreatedAt.AddDays(published.DayNumber % 300));
    }

    public void AddParty(int agreementId, int organizationId, PartyRole role) =>
        _parties.Add(agreementId, organizationId, role.ToString());

    public int AddPerson(string name, string? localName, int organizationId) =>
        Insert(_person, name, Names.Normalize(name), localName, organizationId, CreatedAt);

    public void AddParticipant(int agreementId, int personId, int organizationId, ParticipantRole role, string title) =>
        _participants.Add(agreementId, personId, organizationId, role.ToString(), title);

    /// <summary>Sends the batched rows still waiting; call before anything reads the tables.</summary>
    public void Flush()
    {
        _parties.Flush();
        _participants.Flush();
    }

    private static int Insert(DbCommand command, params object?[] values) =>
        Convert.ToInt32(Bind(command, values).ExecuteScalar(), CultureInfo.InvariantCulture);

    private static DbCommand Bind(DbCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in ParameterNames(sql))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>The @names in order of first appearance; values are bound in that order.</summary>
    private static IEnumerable<string> ParameterNames(string sql) =>
        System.Text.RegularExpressions.Regex.Matches(sql, "@[a-zA-Z]+").Select(m => m.Value).Distinct();
}
