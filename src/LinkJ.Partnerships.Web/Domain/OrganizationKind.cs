namespace LinkJ.Partnerships.Web.Domain;

public enum OrganizationKind
{
    Association,
    IndustryCluster,
    EmbassyOrGovernment,
    PrefectureOrMunicipality,
    University,
    Alliance,
    Company,
    Ministry,
    HospitalOrResearchInstitute,
}
