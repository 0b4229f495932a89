namespace LinkJ.Partnerships.Web.Infrastructure.Security;

public static class Policies
{
    /// <summary>Signed in as Staff or Admin.</summary>
    public const string Staff = "Staff";

    /// <summary>Signed in as Admin.</summary>
    public const string Admin = "Admin";
}
