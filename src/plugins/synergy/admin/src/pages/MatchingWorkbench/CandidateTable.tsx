import { Badge, Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { Candidate } from '../../../../shared/contracts';
import type { MatchingText } from './useMatchingText';

interface CandidateTableProps {
  text: MatchingText;
  candidates: Candidate[];
  mayDock: boolean;
  mayExempt: boolean;
  onDock: (candidate: Candidate) => void;
  onExempt: (candidate: Candidate) => void;
}

const CLASS_BADGE = { must: 'danger', priority: 'warning', encouraged: 'success' } as const;

const BAND_BADGE = {
  strong: { backgroundColor: 'success100', textColor: 'success700' },
  medium: { backgroundColor: 'warning100', textColor: 'warning700' },
  weak: { backgroundColor: 'neutral150', textColor: 'neutral700' },
} as const;

/**
 * Why a candidate ranked where it did, as a person reads it: the one-line summary; the demand's
 * words the offer holds (whole, in other words, in part) and those it lacks; then each part of
 * the score with the points it adds (category, region, class, rating).
 */
const Reasons = ({ text, candidate }: { text: MatchingText; candidate: Candidate }) => {
  const { reasons } = candidate;
  const { t } = text;
  // Table cells do not wrap by default; the reasons do, so the actions stay in view.
  return (
    <Flex direction="column" alignItems="stretch" gap={1} maxWidth="360px" style={{ whiteSpace: 'normal' }}>
      <Typography variant="omega">{text.inLanguage(reasons.summary)}</Typography>
      <Flex gap={1} wrap="wrap" aria-label={t('matching.reason.matched', 'Words found')}>
        {reasons.matchedTerms.map((term) => (
          <Badge key={term} size="S" backgroundColor="success100" textColor="success700">
            {term}
          </Badge>
        ))}
        {reasons.nearTerms.map(({ term, via }) => (
          <Badge key={`near-${term}`} size="S" backgroundColor="primary100" textColor="primary700">
            {t('matching.reason.near', '{term} ≈ {via}', { term, via })}
          </Badge>
        ))}
        {reasons.partialTerms.map(({ term, found }) => (
          <Badge key={`part-${term}`} size="S" backgroundColor="warning100" textColor="warning700">
            {t('matching.reason.partial', '{term} (only {found})', { term, found })}
          </Badge>
        ))}
      </Flex>
      {reasons.missingTerms.length > 0 && (
        <Typography variant="pi" textColor="neutral500">
          {t('matching.reason.missing', 'Not found: {terms}', { terms: reasons.missingTerms.join('、') })}
        </Typography>
      )}
      <Box tag="ul">
        {reasons.factors.map((factor) => (
          <Typography key={factor.factor} tag="li" variant="pi" textColor="neutral600">
            {`${text.inLanguage(factor.note)} ${text.points(factor.points)}`}
          </Typography>
        ))}
      </Box>
    </Flex>
  );
};

/** The ranked candidates of a demand with their reasons and what the caller may do with each. */
export const CandidateTable = ({ text, candidates, mayDock, mayExempt, onDock, onExempt }: CandidateTableProps) => {
  const { t } = text;
  return (
    <Table colCount={5} rowCount={candidates.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('matching.col.rank', '#')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('matching.col.candidate', 'Candidate')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('matching.col.score', 'Score')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('matching.col.reasons', 'Why')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('matching.col.actions', 'Actions')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {candidates.map((candidate, index) => (
          <Tr key={`${candidate.kind}-${candidate.documentId}`}>
            <Td>
              <Typography fontWeight="bold">{index + 1}</Typography>
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Flex gap={2} alignItems="center">
                  <Typography fontWeight="semiBold">{candidate.title}</Typography>
                  {candidate.reasons.supplierClass && (
                    <Badge size="S" variant={CLASS_BADGE[candidate.reasons.supplierClass]}>
                      {text.supplierClass(candidate.reasons.supplierClass)}
                    </Badge>
                  )}
                </Flex>
                <Typography variant="pi" textColor="neutral600">
                  {[text.kind(candidate.kind), candidate.supplierUnit?.name].filter(Boolean).join(' · ')}
                </Typography>
              </Flex>
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography fontWeight="bold">{text.score(candidate.score)}</Typography>
                <Badge size="S" {...BAND_BADGE[candidate.reasons.band]}>
                  {text.inLanguage(candidate.reasons.bandLabel)}
                </Badge>
              </Flex>
            </Td>
            <Td>
              <Reasons text={text} candidate={candidate} />
            </Td>
            <Td>
              <Flex direction="column" alignItems="stretch" gap={1}>
                {mayDock && (
                  <Button size="S" onClick={() => onDock(candidate)}>
                    {t('matching.dock', 'Start docking')}
                  </Button>
                )}
                {mayExempt && candidate.kind === 'catalogue-entry' && (
                  <Button size="S" variant="tertiary" onClick={() => onExempt(candidate)}>
                    {t('matching.exemption', 'Request exemption')}
                  </Button>
                )}
              </Flex>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
