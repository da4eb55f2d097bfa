using 'main.bicep'

// Both hosts side by side on one storage account: the Functions app and the self-hosted server on App Service
// (two instances). Used by the test command's snapshot so the server's resources and settings are checked too; deploy
// it like main.bicepparam, or set JOBFORGE_HOSTING=server|both with main.bicepparam.

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'jobforge')
param location = readEnvironmentVariable('AZURE_LOCATION', 'swedencentral')
param hosting = 'both'
param serverInstanceCount = 2
param httpStepAllowedHosts = [
  'api.example.com'
  '*.hooks.example.com'
]
param fieldEncryptionKeyId = readEnvironmentVariable('JOBFORGE_FIELD_ENCRYPTION_KEY_ID', 'k1')

param writeSecretValues = bool(readEnvironmentVariable('JOBFORGE_WRITE_SECRETS', 'true'))
param policyTokenSecret = readEnvironmentVariable('JOBFORGE_POLICY_TOKEN_SECRET', '')
param bootstrapOperatorKey = readEnvironmentVariable('JOBFORGE_BOOTSTRAP_KEY', '')
param fieldEncryptionKey = readEnvironmentVariable('JOBFORGE_FIELD_ENCRYPTION_KEY', '')
param httpStepSigningSecret = readEnvironmentVariable('JOBFORGE_HTTP_SIGNING_SECRET', '')
