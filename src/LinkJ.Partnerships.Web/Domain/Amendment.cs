namespace LinkJ.Partnerships.Web.Domain;

/// <summary>
/// A dated change to an agreement after it was signed: what changed and why. An <see cref="AmendmentKind.Extension"/>
/// carries the new end date; <see cref="Agreement"/> applies the latest one. Made through <see cref="Agreement.Amend"/>.
/// </summary>
public sealed class Amendment : IRegistryContent
{
    public const int DescriptionMaxLength = 1000;
    public const int ReasonMaxLength = 1000;

    private Amendment()
    {
        Description = string.Empty;
    }

    internal Amendment(Agreement agreement, AmendmentKind kind, DateOnly madeOn, string description, string? reason, DateOnly? extendsTo)
    {
        Agreement = agreement;
        Kind = kind;
        MadeOn = madeOn;
        Description = description;
        Reason = reason;
        ExtendsTo = extendsTo;
    }

    public int Id { get; private set; }

    public int AgreementId { get; private set; }

    public Agreement Agreement { get; private set; } = null!;

    public AmendmentKind Kind { get; private set; }

    /// <summary>The day the amendment was agreed or takes effect.</summary>
    public DateOnly MadeOn { get; private set; }

    public string Description { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>For an extension: the new end date, the first day no longer in force (as <see cref="Agreement.EndsOn"/>).</summary>
    public DateOnly? ExtendsTo { get; private set; }
}
