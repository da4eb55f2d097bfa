using 'main.bicep'

// Both hosts side by side on one storage account: the Functions app and the self-hosted server on App Service
// (two instances), with field encryption key 'k1' and the vault's secrets kept by hand (writeSecretValues off: set all
// four with az keyvault secret set before the apps start). Used by the test command's snapshot so the server and every
// Key Vault reference are checked too; deploy it like main.bicepparam.

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'jobforge')
param location = readEnvironmentVariable('AZURE_LOCATION', 'swedencentral')
param hosting = 'both'
param serverInstanceCount = 2
param httpStepAllowedHosts = [
  'api.example.com'
  '*.hooks.example.com'
]
param fieldEncryptionKeyId = 'k1'
param writeSecretValues = false
