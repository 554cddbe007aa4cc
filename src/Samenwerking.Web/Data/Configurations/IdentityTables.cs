using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Samenwerking.Web.Data.Configurations;

/// <summary>Gives ASP.NET Core Identity's tables snake_case names like the rest of the schema.</summary>
internal static class IdentityTables
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<IdentityUser>().ToTable("users");
        builder.Entity<IdentityRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        builder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
    }
}
