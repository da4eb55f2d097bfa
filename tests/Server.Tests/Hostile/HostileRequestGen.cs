using System.Text;
using CsCheck;

namespace JobForge.Server.Tests.Hostile;

/// <summary>
/// Generators of hostile requests for any route: path segments, query strings, headers and bodies that are wrong in
/// type, shape, size, encoding or content (injection strings in identifiers used as storage keys, deep nesting, huge
/// numbers, duplicate keys, invalid UTF-8). Deterministic for a given <see cref="PCG"/>.
/// </summary>
internal static class HostileRequestGen
{
    /// <summary>Strings that have broken parsers and storage keys elsewhere.</summary>
    private static readonly string[] s_nasty =
    [
        "", " ", "..", "../..", "%2e%2e%2f", "a/b", "a\\b", "'; DROP TABLE runs;--", "' or ''='", "PartitionKey eq 'x'",
        "<script>alert(1)</script>", "${{ secrets.TOKEN }}", "{{7*7}}", "%00", "\u0000", "\u202e", "\ud83d\ude00", "#", "?", "&", "%",
        "tenant-a", "*", "_system", "run_00000000000000000000000000000001", "run_ZZZZ", "null", "true", "-1", "0", "1e400",
        "99999999999999999999999999", "NaN", "2026-13-45T99:99:99Z", "\t\r\n", new string('a', 300), new string('x', 5000),
    ];

    private static readonly string[] s_fields =
    [
        "tenant_id", "event_type", "event_id", "occurred_at", "payload", "source", "actor_id", "template_key", "inputs", "dry_run",
        "idempotency_key", "policy_token", "name", "scopes", "type", "schedule", "time_zone", "enabled", "reason", "steps", "key", "version",
        "redaction_hints", "trace", "misfire_policy", "event_filter", "jti", "action", "resource", "expires_in_seconds",
    ];

    public static Gen<string> Nasty { get; } = Gen.Frequency(
        (4, (IGen<string>)Gen.OneOf(s_nasty)),
        (2, Gen.String[0, 40]),
        (1, Gen.Char['\u0000', '\u001f'].Array[1, 5].Select(chars => new string(chars))));

    public static Gen<string> Query { get; } = Gen.Select(Gen.OneOf(["tenant_id", "limit", "cursor", "since", "until", "status", "include",
            "received_since", "occurred_after", "event_type", "template_key", "unknown_param", "tenant_id[]", ""]), Nasty)
        .Select(pair => Uri.EscapeDataString(pair.Item1) + "=" + Uri.EscapeDataString(pair.Item2))
        .Array[0, 4].Select(parts => parts.Length == 0 ? string.Empty : "?" + string.Join('&', parts));

    public static Gen<string?> ContentType { get; } = Gen.OneOf<string?>(
        "application/json", "application/json; charset=utf-8", "text/plain", "application/xml", null, "application/json; charset=utf-16",
        "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json, text/plain", "*/*");

    /// <summary>A JSON value of any type; objects use the API's field names with wrong types, unknown fields and duplicates.</summary>
    public static Gen<string> JsonValue(int depth) => depth <= 0
        ? Scalar
        : Gen.Frequency(
            (3, (IGen<string>)Scalar),
            (2, Gen.Select(Gen.OneOf(s_fields).Select(Quote), JsonValue(depth - 1))
                .Array[0, 6].Select(members => "{" + string.Join(',', members.Select(m => m.Item1 + ":" + m.Item2)) + "}")),
            (1, JsonValue(depth - 1).Array[0, 4].Select(items => "[" + string.Join(',', items) + "]")));

    private static Gen<string> Scalar { get; } = Gen.Frequency(
        (3, (IGen<string>)Nasty.Select(Quote)),
        (1, Gen.OneOf("null", "true", "false", "0", "-1", "1e400", "-1e400", "123456789012345678901234567890", "0.0000000000000000000001", "1.5")),
        (1, Gen.Long.Select(value => value.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>A request body: valid-looking JSON, broken JSON, deep nesting, duplicate keys, invalid UTF-8, or nothing.</summary>
    public static Gen<byte[]?> Body { get; } = Gen.Frequency(
        (6, (IGen<byte[]?>)JsonValue(3).Select(json => (byte[]?)Encoding.UTF8.GetBytes(json))),
        (1, Gen.Const((byte[]?)null)),
        (1, Gen.Int[1, 200].Select(depth => (byte[]?)Encoding.UTF8.GetBytes(new string('[', depth) + new string(']', depth)))),
        (1, Gen.Int[65, 300].Select(depth => (byte[]?)Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"payload\":", depth)) + "1" + new string('}', depth)))),
        (1, Gen.Const<byte[]?>(Encoding.UTF8.GetBytes("{\"tenant_id\":\"tenant-a\",\"tenant_id\":\"tenant-b\",\"event_type\":\"x.y\",\"event_type\":7}"))),
        (1, Gen.Byte.Array[1, 64].Select(bytes => (byte[]?)[.. "{\"tenant_id\":\""u8.ToArray(), .. bytes, .. "\"}"u8.ToArray()])),
        (1, Gen.OneOf("{", "}", "{\"a\":}", "[1,2", "\"unterminated", "{'single':'quotes'}", "{\"a\":1}{\"b\":2}", "NaN", "\uFEFF{}")
            .Select(text => (byte[]?)Encoding.UTF8.GetBytes(text))));

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
