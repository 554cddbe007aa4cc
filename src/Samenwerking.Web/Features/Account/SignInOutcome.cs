namespace Samenwerking.Web.Features.Account;

public sealed record SignInOutcome(SignInStatus Status, TimeSpan? RetryAfter = null);
