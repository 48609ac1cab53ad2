using CpdTracker.Api.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CpdTracker.Api.Tests.Security;

/// <summary>Sign-in must not tell whether an email has an account: the same answer, after the same password-hash work.</summary>
public sealed class LoginEnumerationTests
{
    private sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> _inner = new();

        public int Verifications;

        public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref Verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task AnUnknownEmailAWrongPasswordAndALockedAccountGetTheSameAnswerAfterOneHashVerificationEach()
    {
        var hasher = new CountingHasher();
        await using var app = new CpdTrackerApplication { TestServices = s => s.AddSingleton<IPasswordHasher<AppUser>>(hasher) };
        var client = app.CreateClient();

        async Task<(int Status, string Answer, int Verifications)> Attempt(string email, string password)
        {
            var before = hasher.Verifications;
            var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            return ((int)response.StatusCode, $"{body["title"]}|{body["detail"]}", hasher.Verifications - before);
        }

        var unknown = await Attempt("nobody@test.example", "Some-Password-1");
        var wrong = await Attempt(CpdTrackerApplication.AdminEmail, "Some-Password-1");
        for (var i = 0; i < 4; i++)
        {
            await Attempt(CpdTrackerApplication.AdminEmail, "Some-Password-1");
        }

        var locked = await Attempt(CpdTrackerApplication.AdminEmail, CpdTrackerApplication.Password);

        Assert.Equal((401, 1), (unknown.Status, unknown.Verifications));
        Assert.Equal((401, 1), (wrong.Status, wrong.Verifications));
        Assert.Equal((401, 1), (locked.Status, locked.Verifications));
        Assert.Equal(unknown.Answer, wrong.Answer);
        Assert.Equal(unknown.Answer, locked.Answer);
    }

    [Fact]
    public async Task TheWebPagesSignInDoesTheSameHashWorkForAnUnknownEmail()
    {
        var hasher = new CountingHasher();
        await using var app = new CpdTrackerApplication { TestServices = s => s.AddSingleton<IPasswordHasher<AppUser>>(hasher) };
        await using var scope = app.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();

        var unknown = await signIn.PasswordSignInAsync("nobody@test.example", "Some-Password-1", isPersistent: false, lockoutOnFailure: true);

        Assert.False(unknown.Succeeded);
        Assert.Equal(1, hasher.Verifications);
    }
}
