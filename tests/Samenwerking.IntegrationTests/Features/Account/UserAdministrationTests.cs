using Microsoft.AspNetCore.Identity;
using Samenwerking.Testing;
using Samenwerking.Web.Features.Users;

namespace Samenwerking.IntegrationTests.Features.Account;

/// <summary>
/// The user administration checks who asks, not only the page: a user without the beheerder role, or a beheerder whose
/// role was just taken away and whose tab has not noticed yet, changes nothing. A beheerder is always left.
/// </summary>
public sealed class UserAdministrationTests(RegisterDatabase database) : RegisterTest(database)
{
    private const string NotABeheerder = "Alleen een beheerder mag gebruikers beheren. Is uw rol net gewijzigd? Log dan opnieuw in.";

    private UserAdministration Administration => Database.GetService<UserAdministration>();

    public static TheoryData<string?> NotBeheerders => [Roles.Redacteur, null];

    [Theory]
    [MemberData(nameof(NotBeheerders))]
    public async Task Refuses_every_change_by_a_user_without_the_beheerder_role(string? role)
    {
        var other = await Database.AddAsync("collega@gemeente.example", Roles.Redacteur);
        await Database.AddAsync("vraagt@gemeente.example", role);
        var asker = await Database.SignedInAsync("vraagt@gemeente.example");
        var before = await Administration.ListAsync(Operator.Principal);

        Assert.Equal([NotABeheerder], await Administration.AddAsync(asker, "nieuw@gemeente.example", WebClients.Password, Roles.Beheerder));
        Assert.Equal([NotABeheerder], await Administration.SetRoleAsync(asker, other, Roles.Beheerder));
        Assert.Equal([NotABeheerder], await Administration.RemoveAsync(asker, other));
        Assert.Equal([NotABeheerder], await Administration.BlockAsync(asker, other));
        Assert.Equal([NotABeheerder], await Administration.UnlockAsync(asker, other));
        Assert.Equal([NotABeheerder], await Administration.ResetPasswordAsync(asker, other, "een-heel-nieuw-wachtwoord"));
        Assert.Equal([NotABeheerder], await Administration.DisableTwoFactorAsync(asker, other));
        Assert.Empty(await Administration.ListAsync(asker));
        Assert.Equal([NotABeheerder], await Administration.AddAsync(Users.Anonymous, "nieuw@gemeente.example", WebClients.Password, Roles.Beheerder));

        Assert.Equal(before, await Administration.ListAsync(Operator.Principal), new SummaryComparer());
    }

    [Fact]
    public async Task Refuses_a_beheerder_whose_role_was_taken_away_before_their_tab_noticed()
    {
        var demoted = await Database.AddAsync("gedegradeerd@gemeente.example", Roles.Beheerder);
        await Database.AddAsync("collega@gemeente.example", Roles.Beheerder);
        var stale = await Database.SignedInAsync("gedegradeerd@gemeente.example");
        Assert.Empty(await Administration.SetRoleAsync(await Database.SignedInAsync("collega@gemeente.example"), demoted, Roles.Redacteur));

        var problems = await Administration.SetRoleAsync(stale, demoted, Roles.Beheerder);

        Assert.Equal([NotABeheerder], problems);
        Assert.Equal([Roles.Redacteur], (await Administration.ListAsync(Operator.Principal)).Single(u => u.Id == demoted).Roles);
    }

    [Fact]
    public async Task A_beheerder_cannot_demote_block_or_remove_themselves()
    {
        var me = await Database.AddAsync("ik@gemeente.example", Roles.Beheerder);
        await Database.AddAsync("collega@gemeente.example", Roles.Beheerder);
        var signedIn = await Database.SignedInAsync("ik@gemeente.example");

        Assert.Equal(["U kunt uw eigen rol als beheerder niet afnemen: laat een andere beheerder dat doen."],
            await Administration.SetRoleAsync(signedIn, me, Roles.Redacteur));
        Assert.Equal(["U kunt uw eigen account niet blokkeren."], await Administration.BlockAsync(signedIn, me));
        Assert.Equal(["U kunt uw eigen account niet verwijderen."], await Administration.RemoveAsync(signedIn, me));
        var mine = (await Administration.ListAsync(Operator.Principal)).Single(u => u.Id == me);
        Assert.Equal([Roles.Beheerder], mine.Roles);
        Assert.Null(mine.LockedOutUntil);
    }

    [Fact]
    public async Task The_last_beheerder_stays_even_for_the_operator()
    {
        var last = await Database.AddAsync("laatste@gemeente.example", Roles.Beheerder);
        var blocked = await Database.AddAsync("geblokkeerd@gemeente.example", Roles.Beheerder);
        Assert.Empty(await Administration.BlockAsync(Operator.Principal, blocked));

        Assert.Equal(["Dit is de laatste beheerder: maak eerst iemand anders beheerder."], await Administration.SetRoleAsync(Operator.Principal, last, Roles.Redacteur));
        Assert.Equal(["Dit is de laatste beheerder: maak eerst iemand anders beheerder."], await Administration.SetRoleAsync(Operator.Principal, last, null));
        Assert.Equal(["Dit is de laatste beheerder: die kunt u niet blokkeren."], await Administration.BlockAsync(Operator.Principal, last));
        Assert.Equal(["Dit is de laatste beheerder: die kunt u niet verwijderen."], await Administration.RemoveAsync(Operator.Principal, last));

        Assert.Empty(await Administration.UnlockAsync(Operator.Principal, blocked));
        Assert.Empty(await Administration.SetRoleAsync(Operator.Principal, last, Roles.Redacteur));
    }

    [Fact]
    public async Task Two_beheerders_who_demote_each_other_at_once_leave_one()
    {
        var first = await Database.AddAsync("eerste@gemeente.example", Roles.Beheerder);
        var second = await Database.AddAsync("tweede@gemeente.example", Roles.Beheerder);
        var asFirst = await Database.SignedInAsync("eerste@gemeente.example");
        var asSecond = await Database.SignedInAsync("tweede@gemeente.example");

        await Task.WhenAll(
            Database.GetService<UserAdministration>().SetRoleAsync(asFirst, second, Roles.Redacteur),
            Database.GetService<UserAdministration>().SetRoleAsync(asSecond, first, Roles.Redacteur));

        Assert.Single(await Administration.ListAsync(Operator.Principal), u => u.Roles.Contains(Roles.Beheerder));
    }

    [Fact]
    public async Task A_beheerder_sets_a_new_password_that_replaces_the_old_one()
    {
        await Database.AddAsync("beheerder@gemeente.example", Roles.Beheerder);
        var forgetful = await Database.AddAsync("vergeetachtig@gemeente.example", Roles.Redacteur);
        var beheerder = await Database.SignedInAsync("beheerder@gemeente.example");

        Assert.Contains("Het wachtwoord moet minstens 12 tekens lang zijn.", await Administration.ResetPasswordAsync(beheerder, forgetful, "kort"));
        Assert.Empty(await Administration.ResetPasswordAsync(beheerder, forgetful, "een-heel-nieuw-wachtwoord"));

        var users = Database.GetService<UserManager<IdentityUser>>();
        var user = await users.FindByIdAsync(forgetful);
        Assert.False(await users.CheckPasswordAsync(user!, WebClients.Password));
        Assert.True(await users.CheckPasswordAsync(user!, "een-heel-nieuw-wachtwoord"));
        Assert.Equal(["Uw eigen wachtwoord wijzigt u bij Mijn account."],
            await Administration.ResetPasswordAsync(beheerder, (await users.FindByEmailAsync("beheerder@gemeente.example"))!.Id, "een-heel-nieuw-wachtwoord"));
    }

    [Fact]
    public async Task A_blocked_user_stays_blocked_until_a_beheerder_unblocks_them()
    {
        await Database.AddAsync("beheerder@gemeente.example", Roles.Beheerder);
        var redacteur = await Database.AddAsync("redacteur@gemeente.example", Roles.Redacteur);
        var beheerder = await Database.SignedInAsync("beheerder@gemeente.example");

        Assert.Empty(await Administration.BlockAsync(beheerder, redacteur));
        Assert.True((await Administration.ListAsync(beheerder)).Single(u => u.Id == redacteur).IsBlocked);

        Assert.Empty(await Administration.UnlockAsync(beheerder, redacteur));
        Assert.Null((await Administration.ListAsync(beheerder)).Single(u => u.Id == redacteur).LockedOutUntil);
    }

    private sealed class SummaryComparer : IEqualityComparer<UserSummary>
    {
        public bool Equals(UserSummary? x, UserSummary? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Email == y.Email && x.Roles.SequenceEqual(y.Roles)
            && x.LockedOutUntil == y.LockedOutUntil && x.TwoFactor == y.TwoFactor;

        public int GetHashCode(UserSummary obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
