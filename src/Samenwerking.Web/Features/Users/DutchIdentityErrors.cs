using Microsoft.AspNetCore.Identity;

namespace Samenwerking.Web.Features.Users;

/// <summary>Identity's messages in Dutch, for the ones a beheerder or operator can run into.</summary>
internal sealed class DutchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Het wachtwoord moet minstens {length} tekens lang zijn." };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Het wachtwoord moet minstens {uniqueChars} verschillende tekens bevatten." };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = $"'{email}' is geen geldig e-mailadres." };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = $"Er is al een gebruiker met e-mailadres {email}." };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"Er is al een gebruiker met e-mailadres {userName}." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = $"'{userName}' is geen geldige gebruikersnaam." };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "Het huidige wachtwoord klopt niet." };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = "De code is ongeldig of verlopen." };

    public override IdentityError UserLockoutNotEnabled() =>
        new() { Code = nameof(UserLockoutNotEnabled), Description = "Dit account kan niet worden geblokkeerd." };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "De gebruiker is intussen door iemand anders gewijzigd. Laad de pagina opnieuw." };
}
