using System.Security.Claims;

namespace Samenwerking.Web.Features.Users;

/// <summary>
/// The operator at the command line (<c>./run.sh users …</c>, <c>./run.sh import …</c>). Whoever runs commands on the
/// server holds its database and so every right: the operator acts as a beheerder without an account. Only code holds
/// this principal; no sign-in makes it, and <see cref="AccessCheck"/> knows it by reference.
/// </summary>
public static class Operator
{
    public static ClaimsPrincipal Principal { get; } = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "beheer via de opdrachtregel"), new Claim(ClaimTypes.Role, Roles.Beheerder)], "Operator"));
}
