using 'main.bicep'

// Parameters for one JobForge environment. azd sets AZURE_ENV_NAME and AZURE_LOCATION; with az deployment group
// create, export them yourself (or edit the defaults below). Secrets are read from environment variables at deploy
// time and go only into Key Vault: never write a secret into this file.

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'jobforge')
param location = readEnvironmentVariable('AZURE_LOCATION', 'swedencentral')
param hosting = readEnvironmentVariable('JOBFORGE_HOSTING', 'functions')

param maximumInstanceCount = 100
param alwaysReadyInstances = 1
param artifactRetentionDays = 30
param consumerSubscriptionName = 'consumers'
// Field encryption is wired only when a key is given: an active key id without its key stops the app at start-up.
param fieldEncryptionKeyId = empty(readEnvironmentVariable('JOBFORGE_FIELD_ENCRYPTION_KEY', ''))
  ? ''
  : readEnvironmentVariable('JOBFORGE_FIELD_ENCRYPTION_KEY_ID', 'k1')
param actionGroupId = readEnvironmentVariable('JOBFORGE_ALERT_ACTION_GROUP_ID', '')

param writeSecretValues = bool(readEnvironmentVariable('JOBFORGE_WRITE_SECRETS', 'true'))
param policyTokenSecret = readEnvironmentVariable('JOBFORGE_POLICY_TOKEN_SECRET', '')
param bootstrapOperatorKey = readEnvironmentVariable('JOBFORGE_BOOTSTRAP_KEY', '')
param fieldEncryptionKey = readEnvironmentVariable('JOBFORGE_FIELD_ENCRYPTION_KEY', '')
param httpStepSigningSecret = readEnvironmentVariable('JOBFORGE_HTTP_SIGNING_SECRET', '')
