using CpdTracker.Api.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CpdTracker.Api.Tests.Security;

/// <summary>Sign-in must not tell whether an email has an account: the same answer, after the same password-hash
/// work.</summary>
public sealed class LoginEnumerationTests(LoginEnumerationTests.CountedHashing counted)
    : IClassFixture<LoginEnumerationTests.CountedHashing>
{
    /// <summary>An application whose password hasher counts verifications; it hashes as the other tests' applications
    /// do.</summary>
    public sealed class CountedHashing : IDisposable
    {
        public CountedHashing() => App = new CpdTrackerApplication
        {
            TestServices = s => s.AddSingleton<IPasswordHasher<AppUser>>(sp => Hasher.Over(
                new PasswordHasher<AppUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()))),
        };

        public CountingHasher Hasher { get; } = new();

        public CpdTrackerApplication App { get; }

        public void Dispose() => App.Dispose();
    }

    public sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private IPasswordHasher<AppUser> _inner = null!;

        public int Verifications;

        public CountingHasher Over(IPasswordHasher<AppUser> inner)
        {
            _inner = inner;
            return this;
        }

        public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(
            AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref Verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task AnUnknownEmailAWrongPasswordAndALockedAccountGetTheSameAnswerAfterOneHashVerificationEach()
    {
        var (app, hasher) = (counted.App, counted.Hasher);
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
        await using var scope = counted.App.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var before = counted.Hasher.Verifications;

        var unknown = await signIn.PasswordSignInAsync(
            "nobody@test.example", "Some-Password-1", isPersistent: false, lockoutOnFailure: true);

        Assert.False(unknown.Succeeded);
        Assert.Equal(1, counted.Hasher.Verifications - before);
    }
}
