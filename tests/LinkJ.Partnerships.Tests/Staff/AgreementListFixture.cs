using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Tests.Staff;

/// <summary>
/// The seed's three agreements plus four with known words, dates and countries; today is 2026-11-24.
/// Seed: Medicen MOU (FR, 2020-02-05, ended), Danish Embassy MOC (DK, 2020-11-20, ended),
/// Pistoia–Matador partnership (Matador is JP, 2023-06-14, open-ended).
/// </summary>
public sealed class AgreementListFixture : IAsyncLifetime
{
    public const string Regenerative = "Joint research on regenerative medicine";
    public const string Basel = "Letter of intent with Basel Pharma";
    public const string Formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
    public const string DigitalHealth = "Open cooperation on digital health";
    public const string Medicen = "MOU on mutual cooperation between LINK-J and Medicen Paris Region";
    public const string Danish = "MOC on mutual cooperation between LINK-J and the Royal Danish Embassy";
    public const string Pistoia = "Partnership between the Pistoia Alliance and Matador Japan";

    public RegistryFactory Factory { get; } = new();

    public HttpClient Staff { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory.CreateClient();
        await Factory.AddAgreementAsync(Regenerative, new DateOnly(2022, 4, 1), Term.OfYears(5), "Osaka Regenerative Institute", "JP",
            signatory: "Haruki Tanaka", partnerLocalName: "大阪再生医療研究所", internalNotes: "Renewal under discussion with legal.");
        await Factory.AddAgreementAsync(Basel, new DateOnly(2024, 6, 1), Term.Until(new DateOnly(2027, 1, 15)), "Basel Pharma", "CH",
            Visibility.Internal, AgreementType.LetterOfIntent, signatory: "Anna Müller");
        await Factory.AddAgreementAsync(Formula, new DateOnly(2019, 3, 1), Term.OfYears(2), "+Plus Corp", "US",
            type: AgreementType.Other, signatory: "@attacker", internalNotes: "-2+3");
        await Factory.AddAgreementAsync(DigitalHealth, new DateOnly(2025, 1, 10), Term.OpenEnded, "Helsinki Health Hub", "FI",
            type: AgreementType.Partnership);
        Staff = await Factory.SignedInAsync(Roles.Staff);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
